package io.salescast.forecast.baseline;

import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.testing.SyntheticSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Awkward shapes of real sales data: every baseline must give finite, non-negative forecasts. */
class BaselineRobustnessTest {

    private static Map<String, double[]> awkwardSeries() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("one", new double[] {4});
        m.put("two", new double[] {0, 9});
        m.put("mostly_missing", new double[] {Double.NaN, 3, Double.NaN, Double.NaN, 5, Double.NaN, Double.NaN, Double.NaN, 2, Double.NaN});
        m.put("leading_missing", concat(new double[] {Double.NaN, Double.NaN, Double.NaN}, SyntheticSeries.seasonal(40, 7, 20, 0, 5, 2, 1)));
        m.put("spike", spike());
        m.put("intermittent", SyntheticSeries.intermittent(90, 0.1, 2, 3));
        m.put("huge", scale(SyntheticSeries.seasonal(60, 7, 1e7, 1e4, 1e6, 1e5, 4), 1));
        m.put("tiny", scale(SyntheticSeries.seasonal(60, 7, 1, 0, 0.3, 0.05, 5), 1e-3));
        m.put("declining_to_zero", declining());
        m.put("negative_returns", new double[] {5, 3, -2, 4, 6, -1, 3, 5, 2, 4, 3, 5, 6, 2});
        return m;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] spike() {
        double[] y = SyntheticSeries.whiteNoise(50, 10, 1, 2);
        y[30] = 500;
        return y;
    }

    private static double[] scale(double[] y, double f) {
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(0, y[i]) * f;
        }
        return y;
    }

    private static double[] declining() {
        double[] y = new double[40];
        for (int t = 0; t < 40; t++) {
            y[t] = Math.max(0, 40 - 1.5 * t);
        }
        return y;
    }

    private static List<LocalForecaster> all() {
        List<LocalForecaster> all = new ArrayList<>(Baselines.standard());
        all.add(new EtsForecaster());
        all.add(CrostonForecaster.classic());
        all.add(CrostonForecaster.sba());
        all.add(CrostonForecaster.tsb());
        return all;
    }

    @Test
    void everyMethodGivesFiniteNonNegativeForecastsForAwkwardSeries() {
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), awkwardSeries());
        for (LocalForecaster f : all()) {
            ForecastFrame frame = f.fit(panel, null, TrainContext.defaults(1)).predict(14, null, new int[] {80, 95});
            assertThat(frame.series()).hasSize(panel.size());
            for (ForecastFrame.SeriesForecast s : frame.series()) {
                s.columns().forEach((name, v) -> {
                    for (double x : v) {
                        assertThat(x).as("%s %s %s", f.alias(), s.id(), name).isFinite().isGreaterThanOrEqualTo(0);
                    }
                });
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        Map<String, double[]> data = new LinkedHashMap<>();
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 24; i++) {
            data.put("s" + i, SyntheticSeries.seasonal(70, 7, 20 + rnd.nextInt(50), 0.1, 6, 2, i));
        }
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), data);
        EtsForecaster ets = new EtsForecaster();
        ForecastFrame one = ets.fit(panel, null, new TrainContext(1, Device.CPU, 1, null, null)).predict(7, null, new int[0]);
        ForecastFrame three = ets.fit(panel, null, new TrainContext(1, Device.CPU, 3, null, null)).predict(7, null, new int[0]);
        for (ForecastFrame.SeriesForecast s : one.series()) {
            assertThat(three.series(s.id()).orElseThrow().column("ets")).isEqualTo(s.column("ets"));
        }
    }
}
