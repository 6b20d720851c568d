package io.salescast.explain.bench;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.explain.ExplainableModel;
import io.salescast.explain.FeatureRows;
import io.salescast.explain.ForecastExplanation;
import io.salescast.explain.GlobalImportance;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.PermutationImportance;
import io.salescast.explain.PointExplanation;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.sample.SampleData;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;

import java.util.Arrays;
import java.util.List;

/**
 * Times the explanations on the sample store: TreeSHAP latency for one forecast point of the
 * default XGBoost model, a whole forecast, and global permutation importance on a 28-day backtest.
 * Usage: {@code ExplainBenchmark [products] [threads] [trees]} (defaults: the bundled sample's 200
 * products, 2 threads, the engine's default number of trees).
 */
public final class ExplainBenchmark {

    private ExplainBenchmark() {
    }

    /** Runs the benchmark and prints the figures. */
    public static void main(String[] args) {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : SampleOptions.sample().products();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        SampleOptions opts = SampleOptions.sample().withProducts(products).withOrderLines(false);
        long t0 = System.nanoTime();
        SampleData sample = SampleStore.generate(opts);
        SalesPanel panel = sample.panel();
        SalesPanel history = panel.until(panel.lastDate().minusDays(28));
        print("generate sample (%d products, %d rows)", ms(t0), products, panel.rowCount());

        ModelSpec spec = ModelSpec.of("xgboost");
        if (args.length > 2) {
            spec = spec.withParam("trees", Integer.parseInt(args[2]));
        }
        t0 = System.nanoTime();
        FittedGlobalForecaster model = new GlobalForecaster(spec, GlobalModelSettings.from(spec, Frequency.DAILY), 28)
                .fit(history, FeatureSpec.defaults(Frequency.DAILY), new TrainContext(42, Device.CPU, threads, null, null));
        print("train default xgboost (%s trees)", ms(t0), spec.param("trees", "default"));

        GlobalModelExplainer gx = GlobalModelExplainer.defaults(42);
        t0 = System.nanoTime();
        ExplainableModel em = gx.explainable(model, model.blocks().get(0));
        print("prepare explainer (boosters, background)", ms(t0));

        FeatureTable table = model.blocks().get(0).builder().table(history);
        double[][] one = {table.row(table.rowCount() - 1)};
        FeatureRows row = FeatureRows.anonymous(table.names(), one);
        double[] latencies = new double[200];
        for (int i = 0; i < latencies.length; i++) {
            long s = System.nanoTime();
            PointExplanation p = em.treeShap().explain("xgboost", row, em.catalog()).get(0);
            latencies[i] = (System.nanoTime() - s) / 1e6;
            if (Math.abs(p.additivityError()) > 1e-6) {
                throw new IllegalStateException("additivity broken");
            }
        }
        Arrays.sort(latencies);
        System.out.printf("TreeSHAP one point: median %.2f ms, p95 %.2f ms, max %.2f ms (%d features)%n",
                latencies[100], latencies[190], latencies[199], table.columnCount());

        t0 = System.nanoTime();
        ForecastExplanation fx = gx.explainForecast(model, 28, null, ProgressListener.NONE, CancellationToken.none());
        print("forecast + explain all %d points (28 days x %d series)", ms(t0), fx.points().size(), history.size());

        t0 = System.nanoTime();
        GlobalImportance g = gx.importance(model, panel, 28, GlobalImportance.Scope.model(), null,
                PermutationImportance.Options.defaults(42), ProgressListener.NONE, CancellationToken.none());
        print("permutation importance (%d rows, %d features + families, 5 shuffles)", ms(t0), g.points(),
                g.features().size());
        List<GlobalImportance.FamilyImportance> fams = g.families();
        fams.forEach(f -> System.out.printf("  %-26s %8.3f +- %.3f%n", f.family().label(), f.importance(), f.spread()));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void print(String what, double ms, Object... args) {
        System.out.printf("%-70s %10.1f ms%n", String.format(what, args), ms);
    }
}
