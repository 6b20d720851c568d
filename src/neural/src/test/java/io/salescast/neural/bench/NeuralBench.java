package io.salescast.neural.bench;

import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.neural.Architecture;
import io.salescast.neural.NeuralForecaster;
import io.salescast.neural.NeuralModels;
import io.salescast.neural.NeuralRuntime;
import io.salescast.neural.TrainingListener;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark and accuracy check of the neural forecasters on the bundled sample store (200
 * products, 2023-2025, seed 42). Not a test: run with {@code src/neural/bench/run-bench.sh}, or
 * <pre>
 * OMP_NUM_THREADS=1 java -cp ... io.salescast.neural.bench.NeuralBench threads models windows [coldstart]
 * </pre>
 * where {@code models} is a comma list of model specs such as {@code lstm,gru,lstm_attention} (or
 * {@code -} for none). Runs the engine's own rolling-origin backtest (horizon 28, step 28) of the
 * models next to seasonal naive and prints the leaderboard, every epoch (wall and CPU time) and
 * the training times; with {@code coldstart}, compares pretraining + fine-tuning with training from
 * scratch on products with a short history ({@link ColdStart}).
 */
public final class NeuralBench {

    static final int HORIZON = 28;

    private NeuralBench() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        String models = args.length > 1 ? args[1] : "lstm";
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean coldStart = args.length > 3 && args[3].equals("coldstart");
        long t0 = System.nanoTime();
        SalesPanel store = SampleStore.generate(SampleOptions.sample().withOrderLines(false)).panel();
        System.out.printf(Locale.ROOT, "sample store: %d series, %d rows, %s..%s, generated in %.1f s; threads %s%n", store.size(),
                store.rowCount(), store.firstDate(), store.lastDate(), (System.nanoTime() - t0) / 1e9, threads == 0 ? "auto" : threads);
        if (!models.equals("-") && windows > 0) {
            backtest(store, models, threads, windows);
        }
        if (coldStart) {
            ColdStart.run(store, threads);
        }
        System.out.println("runtime: " + NeuralRuntime.describe());
    }

    private static void backtest(SalesPanel store, String models, int threads, int windows) {
        List<ModelSpec> specs = new ArrayList<>();
        for (String m : models.split(",")) {
            specs.add(ModelSpec.parse(threads > 0 ? m + (m.contains(":") ? ";" : ":") + "threads=" + threads : m));
        }
        specs.add(ModelSpec.of("seasonal_naive"));
        specs.add(ModelSpec.of("ensemble"));
        ModelCatalog catalog = ModelCatalog.standard();
        for (Architecture a : Architecture.values()) {
            catalog = catalog.with(a.defaultAlias(), (spec, f, h) ->
                    NeuralForecaster.of(NeuralModels.specOf(spec, a, f, h)).withListener(printer()));
        }
        EngineSettings settings = new EngineSettings(specs, null, FeatureSpec.none(), HORIZON, windows, HORIZON, List.of(80),
                Metric.WAPE, 0);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        EngineResult r = new ForecastEngine(settings, catalog).evaluate(store, new TrainContext(42, Device.CPU, Math.max(2, threads), null, null));
        System.out.printf(Locale.ROOT, "backtest of %s: %d windows x %d days, %.1f s wall, %.1f s CPU; timings %s%n", specs, windows,
                HORIZON, (System.nanoTime() - t0) / 1e9, (cpuNanos() - c0) / 1e9, r.timingsMillis());
        Leaderboard board = r.leaderboard();
        for (Leaderboard.Row row : board.rows()) {
            System.out.printf(Locale.ROOT, "  %-16s WAPE %.4f  MASE %.4f  skill vs %s: WAPE %.1f%%  %s%n", row.model(),
                    row.overall().wape(), row.overall().mase(), board.reference(), 100 * row.skillWape(),
                    row.failure() == null ? "" : row.failure());
        }
        r.blends().forEach((alias, w) -> System.out.println("  blend " + alias + ": " + w.weights()));
    }

    /** Prints each epoch with its wall time. */
    static TrainingListener printer() {
        long[] cpu = {cpuNanos()};
        return (alias, e, curve) -> {
            long now = cpuNanos();
            System.out.printf(Locale.ROOT, "  %s epoch %2d  train %.4f  val %.4f  lr %.5f  %5.1f s wall  %5.1f s CPU%n", alias, e.epoch(),
                    e.trainLoss(), e.validationLoss(), e.learningRate(), e.millis() / 1000.0, (now - cpu[0]) / 1e9);
            cpu[0] = now;
        };
    }

    /** CPU time of this process (all threads), robust to other processes sharing the machine. */
    public static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
