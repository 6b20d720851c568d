package io.salescast.forecast.baseline.bench;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.Baselines;
import io.salescast.forecast.baseline.CrostonForecaster;
import io.salescast.forecast.baseline.EtsForecaster;
import io.salescast.forecast.baseline.LocalForecaster;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.testing.SyntheticPanels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times fitting and predicting every baseline on a synthetic daily panel (SyntheticPanels:
 * weekly pattern, yearly wave, promotions, Poisson noise). Run with
 * {@code java -cp <core test classpath> io.salescast.forecast.baseline.bench.BaselineBench [series] [days] [threads]}.
 */
public final class BaselineBench {

    private BaselineBench() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SalesPanel panel = SyntheticPanels.daily(series, days, 1.8, 42);
        TrainContext ctx = new TrainContext(1, Device.CPU, threads, null, null);
        List<LocalForecaster> methods = new ArrayList<>(Baselines.standard());
        methods.add(new EtsForecaster());
        methods.add(CrostonForecaster.tsb());
        // warm-up
        new EtsForecaster().fit(panel.select(panel.ids().subList(0, Math.min(5, series))), FeatureSpec.none(), ctx);
        System.out.printf(Locale.ROOT, "%d daily series x %d days, %d thread(s), %d cores%n", series, days, threads,
                Runtime.getRuntime().availableProcessors());
        for (LocalForecaster m : methods) {
            long t0 = System.nanoTime();
            var fitted = m.fit(panel, FeatureSpec.none(), ctx);
            fitted.predict(28, null, new int[] {80, 95});
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%-18s %9.1f ms total %8.2f ms/series%n", m.alias(), ms, ms / series);
        }
    }
}
