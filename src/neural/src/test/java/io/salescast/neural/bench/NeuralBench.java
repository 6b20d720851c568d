package io.salescast.neural.bench;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import io.salescast.neural.Architecture;
import io.salescast.neural.NeuralFittedForecaster;
import io.salescast.neural.NeuralForecaster;
import io.salescast.neural.NeuralRuntime;
import io.salescast.neural.NeuralSpec;
import io.salescast.neural.TrainedNetwork;
import io.salescast.neural.TrainingSettings;
import io.salescast.series.SalesPanel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark and accuracy check of the neural forecasters on a store of the sample store's size
 * (200 products x 3 years, 40 of them launched in the last three months). Not a test: run with
 * <pre>
 * mvn -B -o -q -pl src/neural -am test-compile
 * java -cp "$(cat src/neural/target/bench.cp):src/neural/target/classes:src/neural/target/test-classes:src/core/target/classes" \
 *      io.salescast.neural.bench.NeuralBench [threads] [architectures] [origins] [coldstart]
 * </pre>
 * Prints per-epoch times, total training time, and WAPE against seasonal naive over rolling
 * origins of 28 days; with {@code coldstart}, compares pretrain + fine-tune with training from
 * scratch on the newly launched products.
 */
public final class NeuralBench {

    private static final int HORIZON = 28;

    private NeuralBench() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        String archs = args.length > 1 ? args[1] : "lstm";
        int origins = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean coldStart = args.length > 3 && args[3].equals("coldstart");
        SalesPanel store = BenchStore.generate(200, 40, 2024);
        System.out.printf(Locale.ROOT, "store: %d series, %d rows, %s..%s; threads %d%n", store.size(), store.rowCount(),
                store.firstDate(), store.lastDate(), threads);
        for (String a : archs.split(",")) {
            Architecture arch = switch (a) {
                case "gru" -> Architecture.GRU;
                case "attention" -> Architecture.ATTENTION;
                default -> Architecture.LSTM;
            };
            backtest(store, NeuralSpec.defaults(arch, HORIZON), threads, origins);
        }
        if (coldStart) {
            coldStart(store, threads);
        }
    }

    private static void backtest(SalesPanel store, NeuralSpec spec, int threads, int origins) {
        double errN = 0;
        double errS = 0;
        for (int o = origins; o >= 1; o--) {
            LocalDate cutoff = store.lastDate().minusDays((long) HORIZON * o);
            Holdout h = Holdout.at(store, cutoff, HORIZON);
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            NeuralFittedForecaster fitted = NeuralForecaster.of(spec).fit(h.history(), FeatureSpec.none(),
                    new TrainContext(42, Device.CPU, threads, null, null));
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpuNanos() - cpu0) / 1e9;
            ForecastFrame f = fitted.predict(HORIZON, h.future(), new int[0]);
            double wN = h.wape(f, spec.alias());
            double wS = h.wape(h.seasonalNaive(), "seasonal_naive");
            errN += wN;
            errS += wS;
            TrainingCurve c = fitted.trainingCurve().orElseThrow();
            double epochMean = c.epochs().stream().mapToLong(TrainingCurve.Epoch::millis).average().orElse(0) / 1000;
            System.out.printf(Locale.ROOT, "%s cutoff %s: train %.1f s wall, %.1f s CPU (%d epochs, best %d, %.2f s/epoch, %d params, %s), "
                            + "WAPE %s %.4f vs seasonal_naive %.4f%n", spec.alias(), cutoff, secs, cpuSecs, c.epochs().size(), c.bestEpoch(),
                    epochMean, fitted.network().parameterCount(), fitted.network().info().backend(), spec.alias(), wN, wS);
            for (TrainingCurve.Epoch e : c.epochs()) {
                System.out.printf(Locale.ROOT, "  epoch %2d  train %.4f  val %.4f  lr %.5f  %d ms%n", e.epoch(), e.trainLoss(),
                        e.validationLoss(), e.learningRate(), e.millis());
            }
        }
        System.out.printf(Locale.ROOT, "%s mean WAPE over %d origins: %.4f, seasonal_naive %.4f (%.1f%% better)%n", spec.alias(),
                origins, errN / origins, errS / origins, 100 * (1 - errN / errS));
    }

    /** CPU time of this process (all threads), robust to other processes sharing the machine. */
    public static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void coldStart(SalesPanel store, int threads) {
        LocalDate cutoff = store.lastDate().minusDays(HORIZON);
        Holdout all = Holdout.at(store, cutoff, HORIZON);
        List<String> newIds = new ArrayList<>();
        List<String> oldIds = new ArrayList<>();
        for (String id : all.history().ids()) {
            (id.startsWith("new_") ? newIds : oldIds).add(id);
        }
        Holdout fresh = all.select(newIds);
        TrainContext ctx = new TrainContext(42, Device.CPU, threads, null, null);
        NeuralSpec spec = NeuralSpec.lstm(HORIZON);
        long t0 = System.nanoTime();
        TrainedNetwork pre = NeuralForecaster.of(spec.withAlias("pretrained")).train(all.history().select(oldIds), FeatureSpec.none(), ctx);
        double preSecs = (System.nanoTime() - t0) / 1e9;
        double zeroShot = fresh.wape(pre.bind(fresh.history()).predict(HORIZON, fresh.future(), new int[0]), "pretrained");
        TrainingSettings tune = TrainingSettings.defaults().withMaxEpochs(6).withLearningRate(1e-3).withWindowsPerSeries(48).withPatience(2);
        t0 = System.nanoTime();
        NeuralFittedForecaster tuned = NeuralForecaster.fineTuning(pre, "finetuned", tune).fit(fresh.history(), FeatureSpec.none(), ctx);
        double tuneSecs = (System.nanoTime() - t0) / 1e9;
        double fine = fresh.wape(tuned.predict(HORIZON, fresh.future(), new int[0]), "finetuned");
        t0 = System.nanoTime();
        NeuralSpec scratchSpec = spec.withAlias("scratch").withTraining(TrainingSettings.defaults().withWindowsPerSeries(48));
        NeuralFittedForecaster scratch = NeuralForecaster.of(scratchSpec).fit(fresh.history(), FeatureSpec.none(), ctx);
        double scratchSecs = (System.nanoTime() - t0) / 1e9;
        double scr = fresh.wape(scratch.predict(HORIZON, fresh.future(), new int[0]), "scratch");
        double naive = fresh.wape(fresh.seasonalNaive(), "seasonal_naive");
        int minLen = fresh.history().series().stream().mapToInt(s -> s.length()).min().orElse(0);
        int maxLen = fresh.history().series().stream().mapToInt(s -> s.length()).max().orElse(0);
        System.out.printf(Locale.ROOT, "cold start: %d new products (%d-%d days of history), cutoff %s, next %d days%n",
                newIds.size(), minLen, maxLen, cutoff, HORIZON);
        System.out.printf(Locale.ROOT, "  pretrained on %d older products, no fine-tuning: WAPE %.4f (pretraining %.1f s)%n",
                oldIds.size(), zeroShot, preSecs);
        System.out.printf(Locale.ROOT, "  pretrained + fine-tuned on the new products:     WAPE %.4f (fine-tuning %.1f s)%n", fine, tuneSecs);
        System.out.printf(Locale.ROOT, "  trained from scratch on the new products:         WAPE %.4f (%.1f s)%n", scr, scratchSecs);
        System.out.printf(Locale.ROOT, "  seasonal naive:                                   WAPE %.4f%n", naive);
        System.out.println("  runtime: " + NeuralRuntime.describe());
    }
}
