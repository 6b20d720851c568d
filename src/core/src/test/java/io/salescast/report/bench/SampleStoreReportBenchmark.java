package io.salescast.report.bench;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.evaluation.Metric;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.report.ExcelReport;
import io.salescast.report.ReportInput;
import io.salescast.report.ReportInputs;
import io.salescast.report.ReportOptions;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the report of the bundled sample store (200 products, 3 years daily): the engine runs
 * fast baselines first (not timed as part of the report), then the workbook is written.
 * {@code SampleStoreReportBenchmark [out.xlsx] [horizon]}.
 */
public final class SampleStoreReportBenchmark {

    private SampleStoreReportBenchmark() {
    }

    /** Entry point; prints figures. */
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("sample-report", ".xlsx");
        int horizon = args.length > 1 ? Integer.parseInt(args[1]) : 28;
        long t0 = System.nanoTime();
        SalesPanel panel = SampleStore.generate(SampleOptions.sample()).panel();
        EngineSettings settings = new EngineSettings(List.of(ModelSpec.of("seasonal_naive"), ModelSpec.of("moving_average"),
                ModelSpec.of("naive"), ModelSpec.of("historic_average")), null, null, horizon, 3, horizon, List.of(80, 95),
                Metric.WAPE, 0);
        EngineResult result = new ForecastEngine(settings, ModelCatalog.standard())
                .run(panel, null, new TrainContext(42, Device.CPU, 2, null, null));
        ReportInput in = ReportInputs.of("Sample store", panel, settings, result, null, null, Map.of("Seed", "42"));
        long t1 = System.nanoTime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ExcelReport.write(in, out, ReportOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        long t2 = System.nanoTime();
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "report thread CPU time: %.2f s (wall time depends on machine load)%n", cpu);
        System.out.printf(Locale.ROOT, "sample store: %d products, %d rows; engine (baselines) %.1f s%n",
                panel.size(), panel.rowCount(), (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "report: %.2f s, %.1f MB -> %s%n", (t2 - t1) / 1e9, Files.size(out) / 1e6, out);
    }
}
