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
import io.salescast.forecast.global.FeatureTableDataset;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.forecast.global.TableXGBoostTrainer;
import io.salescast.forecast.global.TribuoData;
import io.salescast.forecast.global.TribuoTrainers;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.tribuo.MutableDataset;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

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

    /**
     * Same rows, same parameters, same matrix: the Tribuo path Salescast trains with
     * ({@link FeatureTableDataset} + {@link TableXGBoostTrainer}, giving a Tribuo {@code XGBoostModel})
     * against xgboost4j called directly (CSR DMatrix + {@code XGBoost.train}); then Tribuo's stock
     * path ({@code MutableDataset} + {@code XGBoostRegressionTrainer}) for reference. Each is run
     * three times after a warm-up; the medians of the CPU times are compared. Also checks that
     * the Tribuo model and the direct booster predict the same numbers.
     */
    private static void overhead(SalesPanel panel, FeatureSpec spec, TrainContext ctx, Clock c) throws Exception {
        GlobalModelSettings s = GlobalModelSettings.from(ModelSpec.of("xgboost"), panel.frequency());
        FeatureBuilder b = FeatureBuilder.create(spec, panel, 28);
        FeatureTable t = b.trainingTable(panel, s.effectiveTrainWindow(panel.size()));
        c.lap(String.format(Locale.ROOT, "training matrix: %d rows x %d features", t.rowCount(), t.columnCount()));
        Map<String, Object> params = new HashMap<>(TribuoTrainers.xgboostParameters(s, ctx));
        // Warm-up: native library loading and JIT on a small slice, both paths.
        FeatureTable small = b.trainingTable(panel.withSeries(panel.series().subList(0, Math.min(20, panel.size()))), 0);
        TribuoTrainers.create(s, ctx).train(FeatureTableDataset.of(small, "warm-up"));
        XGBoost.train(csr(small), params, 5, Map.of(), null, null).dispose();
        c.lap("warm-up (" + small.rowCount() + " rows, both paths)");
        int runs = 3;
        double[] tribuoData = new double[runs];
        double[] tribuoTrain = new double[runs];
        double[] directData = new double[runs];
        double[] directTrain = new double[runs];
        double maxDiff = 0;
        for (int run = 0; run < runs; run++) {
            FeatureTableDataset data = FeatureTableDataset.of(t, "bench");
            tribuoData[run] = c.lap("run " + (run + 1) + ": Tribuo dataset (FeatureTableDataset)");
            @SuppressWarnings("unchecked")
            XGBoostModel<Regressor> model = (XGBoostModel<Regressor>) TribuoTrainers.create(s, ctx).train(data);
            tribuoTrain[run] = c.lap("run " + (run + 1) + ": Tribuo XGBoostModel via TableXGBoostTrainer (" + s.trees()
                    + " trees, incl. DMatrix)");
            DMatrix dm = csr(t);
            directData[run] = c.lap("run " + (run + 1) + ": xgboost4j CSR DMatrix");
            Booster booster = XGBoost.train(dm, params, s.trees(), Map.of(), null, null);
            directTrain[run] = c.lap("run " + (run + 1) + ": xgboost4j train");
            if (run == 0) {
                float[][] direct = booster.predict(dm);
                Booster inner = model.getInnerModels().get(0);
                float[][] viaTribuo = inner.predict(dm);
                for (int i = 0; i < direct.length; i++) {
                    maxDiff = Math.max(maxDiff, Math.abs(direct[i][0] - viaTribuo[i][0]));
                }
                inner.dispose();
                c.lap("run 1: compare predictions of both models on the training rows");
            }
            booster.dispose();
            dm.dispose();
        }
        double tribuo = median(tribuoData) + median(tribuoTrain);
        double direct = median(directData) + median(directTrain);
        // The part of the Tribuo path that is not XGBoost's training, timed on its own (training
        // time varies by several tenths of a second from run to run; this does not).
        FeatureTableDataset again = FeatureTableDataset.of(t, "bench");
        double prepData = c.lap("preparation only: FeatureTableDataset");
        again.toDMatrix().dispose();
        double prepMatrix = c.lap("preparation only: its CSR DMatrix (what TableXGBoostTrainer passes to XGBoost)");
        DMatrix plain = csr(t);
        double prepDirect = c.lap("preparation only: xgboost4j CSR DMatrix");
        plain.dispose();
        System.out.printf(Locale.ROOT, "preparation: Tribuo path %.2f s CPU vs direct %.2f s CPU (difference %.2f s = %.1f%% of the direct training time)%n",
                prepData + prepMatrix, prepDirect, prepData + prepMatrix - prepDirect,
                100 * (prepData + prepMatrix - prepDirect) / median(directTrain));
        System.out.printf(Locale.ROOT, "same model: max |prediction difference| over %d rows = %g%n", t.rowCount(), maxDiff);
        System.out.printf(Locale.ROOT, "Tribuo overhead (median CPU of %d runs): %.2f s over %.2f s direct = %.1f%% of the direct training time%n",
                runs, tribuo - direct, direct, 100 * (tribuo - direct) / direct);
        // Tribuo's stock path, for reference (what Salescast used before TableXGBoostTrainer).
        MutableDataset<Regressor> stockData = TribuoData.dataset(t, "bench");
        double stockDataCpu = c.lap("reference: Tribuo MutableDataset");
        new XGBoostRegressionTrainer(TribuoTrainers.regressionType(s), s.trees(), params).train(stockData);
        double stockTrainCpu = c.lap("reference: Tribuo XGBoostRegressionTrainer (incl. its example-to-DMatrix conversion)");
        double stock = stockDataCpu + stockTrainCpu;
        System.out.printf(Locale.ROOT, "reference, Tribuo's stock path: %.2f s over %.2f s direct = %.1f%%%n", stock - direct, direct,
                100 * (stock - direct) / direct);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /**
     * The table as a CSR matrix, NaN left out (as Tribuo does), columns numbered in name order
     * (as Tribuo numbers features), so that both paths train on the same matrix.
     */
    static DMatrix csr(FeatureTable t) throws Exception {
        int n = t.rowCount();
        int m = t.columnCount();
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> t.names().get(a).compareTo(t.names().get(b)));
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
            for (int id = 0; id < m; id++) {
                double v = t.value(r, order[id]);
                if (!Double.isNaN(v)) {
                    idx[k] = id;
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
