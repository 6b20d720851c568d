package io.salescast.bench;

import io.salescast.evaluation.Leaderboard;
import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.forecast.global.TribuoData;
import io.salescast.forecast.global.TribuoTrainers;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.tribuo.MutableDataset;
import org.tribuo.regression.Regressor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Engine benchmark on a generated store (default 1,000 products x 3 years daily): feature
 * building, the complete default backtest + forecast (peak heap), and Tribuo's overhead over
 * xgboost4j called directly with the same parameters on the same matrix. Prints wall and CPU
 * time of each part. Run with {@code -Xmx4g}; arguments: products (default 1000), threads (2),
 * parts (all | features | engine | overhead).
 */
public final class EngineBench {

    private EngineBench() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String parts = args.length > 2 ? args[2] : "all";
        System.out.printf(Locale.ROOT, "machine: %d processors, %s %s, Java %s, max heap %d MB, threads %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, threads);
        Clock c = new Clock();
        SalesPanel panel = SampleStore.generate(new SampleOptions(42, products, LocalDate.of(2023, 1, 1),
                LocalDate.of(2025, 12, 31), false)).panel();
        c.lap(String.format(Locale.ROOT, "generate %d products (%d rows)", panel.size(), panel.rowCount()));
        FeatureSpec spec = FeatureSpec.defaults(panel.frequency());
        if (parts.equals("all") || parts.equals("features")) {
            for (int run = 1; run <= 2; run++) {
                FeatureBuilder b = FeatureBuilder.create(spec, panel, 28);
                FeatureTable all = b.trainingTable(panel, 0);
                c.lap(String.format(Locale.ROOT, "features, run %d: %d rows x %d columns (all history)", run, all.rowCount(),
                        all.columnCount()));
            }
        }
        TrainContext ctx = new TrainContext(42, Device.CPU, threads, null, null);
        if (parts.equals("all") || parts.equals("overhead")) {
            overhead(panel, spec, ctx, c);
        }
        if (parts.equals("all") || parts.equals("engine")) {
            System.gc();
            resetPeaks();
            c.reset();
            EngineSettings s = EngineSettings.defaults(panel.frequency(), 28);
            EngineResult r = new ForecastEngine(s, ModelCatalog.standard()).run(panel, null, ctx);
            c.lap("default backtest (3 windows x 28 days) + forecast, models " + s.models().stream().map(ModelSpec::alias).toList());
            System.out.printf(Locale.ROOT, "peak heap during the run: %d MB; engine timings %s%n", peakHeapMb(), r.timingsMillis());
            for (Leaderboard.Row row : r.leaderboard().rows()) {
                System.out.printf(Locale.ROOT, "  %-18s WAPE %.4f MASE %.4f%n", row.model(), row.overall().wape(), row.overall().mase());
            }
        }
    }

    /** Same rows, same parameters: Tribuo (dataset + train) against xgboost4j (CSR DMatrix + train). */
    private static void overhead(SalesPanel panel, FeatureSpec spec, TrainContext ctx, Clock c) throws Exception {
        GlobalModelSettings s = GlobalModelSettings.from(ModelSpec.of("xgboost"), panel.frequency());
        FeatureBuilder b = FeatureBuilder.create(spec, panel, 28);
        FeatureTable t = b.trainingTable(panel, s.effectiveTrainWindow(panel.size()));
        c.lap(String.format(Locale.ROOT, "training matrix: %d rows x %d features", t.rowCount(), t.columnCount()));
        MutableDataset<Regressor> data = TribuoData.dataset(t, "bench");
        double tribuoData = c.lap("Tribuo dataset");
        TribuoTrainers.create(s, ctx).train(data);
        double tribuoTrain = c.lap("Tribuo XGBoost train (" + s.trees() + " trees, incl. its DMatrix conversion)");
        DMatrix dm = csr(t);
        double directData = c.lap("xgboost4j CSR DMatrix");
        Map<String, Object> params = new HashMap<>(TribuoTrainers.xgboostParameters(s, ctx));
        Booster booster = XGBoost.train(dm, params, s.trees(), Map.of(), null, null);
        double directTrain = c.lap("xgboost4j train");
        booster.dispose();
        dm.dispose();
        double tribuo = tribuoData + tribuoTrain;
        double direct = directData + directTrain;
        System.out.printf(Locale.ROOT, "Tribuo overhead: %.1f s over %.1f s direct = %.1f%% of the direct training time (CPU-time based: see laps)%n",
                tribuo - direct, direct, 100 * (tribuo - direct) / direct);
    }

    /** The table as a CSR matrix, NaN left out (as Tribuo does), columns in table order. */
    static DMatrix csr(FeatureTable t) throws Exception {
        int n = t.rowCount();
        int m = t.columnCount();
        long[] head = new long[n + 1];
        int nnz = 0;
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(t.value(r, j))) {
                    nnz++;
                }
            }
            head[r + 1] = nnz;
        }
        int[] idx = new int[nnz];
        float[] val = new float[nnz];
        int k = 0;
        float[] label = new float[n];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < m; j++) {
                double v = t.value(r, j);
                if (!Double.isNaN(v)) {
                    idx[k] = j;
                    val[k++] = (float) v;
                }
            }
            label[r] = (float) t.target(r);
        }
        DMatrix dm = new DMatrix(head, idx, val, DMatrix.SparseType.CSR, m);
        dm.setLabel(label);
        return dm;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** Wall and process-CPU laps. */
    private static final class Clock {
        private long wall = System.nanoTime();
        private long cpu = cpu();

        void reset() {
            wall = System.nanoTime();
            cpu = cpu();
        }

        /** Prints and returns the CPU seconds of the lap. */
        double lap(String what) {
            long w = System.nanoTime();
            long p = cpu();
            double cpuS = (p - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "%-90s wall %7.1f s  cpu %7.1f s%n", what, (w - wall) / 1e9, cpuS);
            wall = System.nanoTime();
            cpu = cpu();
            return cpuS;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
