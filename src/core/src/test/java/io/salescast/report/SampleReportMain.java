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
        ReportInput in = ReportFixtures.input(products, 120, 28);
        Path out = Path.of(args[0]).toAbsolutePath();
        ChartSeries s = new ChartSeriesBuilder(in.history(), in.forecast(), in.chosenModel(), 80, 0).product("P0003");
        ChartImages.writePng(new ChartImages().forecast(s), out.resolveSibling("chart-P0003.png"), 900, 420);
        ChartImages.writeSvg(new ChartImages().forecast(s), out.resolveSibling("chart-P0003.svg"), 900, 420);
        ExcelReport.write(in, out,
                ReportOptions.defaults().withCharts(ChartSelection.topByVolume(6)), ProgressListener.NONE,
                CancellationToken.none());
    }
}
