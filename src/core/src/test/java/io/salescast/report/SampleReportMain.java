package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;

import java.nio.file.Path;

/** Writes a fixture report for visual checks: {@code SampleReportMain out.xlsx [products]}. */
public final class SampleReportMain {

    private SampleReportMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        ExcelReport.write(ReportFixtures.input(products, 120, 28), Path.of(args[0]),
                ReportOptions.defaults().withCharts(ChartSelection.topByVolume(6)), ProgressListener.NONE,
                CancellationToken.none());
    }
}
