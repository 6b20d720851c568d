package io.salescast.evaluation;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.HistoricAverageForecaster;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.testing.SyntheticSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Conformal quantiles, interval columns, and empirical coverage on synthetic data. */
class ConformalCalibratorTest {

    @Test
    void finiteSampleQuantileRank() {
        double[] scores = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ConformalCalibrator.quantile(scores, 80)).isEqualTo(9);  // ceil(11 * 0.8) = 9th
        assertThat(ConformalCalibrator.quantile(scores, 50)).isEqualTo(6);  // ceil(5.5) = 6th
        assertThat(ConformalCalibrator.quantile(scores, 95)).isEqualTo(10); // rank 11 > n: the largest
        assertThat(ConformalCalibrator.quantile(new double[0], 80)).isNaN();
    }

    /** One window, horizon 2, five series with scale 1 and absolute errors 1..5 at step 1, 10..50 at step 2. */
    private static Backtest smallBacktest() {
        LocalDate cutoff = LocalDate.of(2024, 1, 10);
        List<Backtest.Slice> slices = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            slices.add(new Backtest.Slice("s" + i, cutoff, cutoff.plusDays(1), new double[] {100, 100}, i == 5 ? 2 : 1,
                    Map.of("m", new double[] {100 + i, 100 - 10 * i})));
        }
        return new Backtest(Frequency.DAILY, 2, List.of("m"), Set.of(), List.of(new Backtest.Window(cutoff, slices)), Map.of());
    }

    @Test
    void widthsPerStepAndClampingAtZero() {
        ConformalCalibrator c = ConformalCalibrator.fit(smallBacktest(), new int[] {80}, ConformalCalibrator.Scaling.NONE);
        // ceil(6 * 0.8) = 5th of 5 scores
        assertThat(c.halfWidth("m", 80, 1, Double.NaN)).isEqualTo(5);
        assertThat(c.halfWidth("m", 80, 2, Double.NaN)).isEqualTo(50);
        assertThat(c.halfWidth("m", 80, 9, Double.NaN)).as("beyond the backtest horizon").isEqualTo(50);
        assertThat(c.sufficient("m", 80)).isTrue();
        assertThat(c.sufficient("m", 95)).isFalse();
        ForecastFrame frame = new ForecastFrame(Frequency.DAILY, List.of(new ForecastFrame.SeriesForecast("x",
                LocalDate.of(2024, 2, 1), Map.of("m", new double[] {20, 20, 20}, "other", new double[] {1, 1, 1}))));
        ForecastFrame.SeriesForecast out = c.apply(frame, Map.of(), true).series("x").orElseThrow();
        assertThat(out.column("m-lo-80")).containsExactly(15, 0, 0);
        assertThat(out.column("m-hi-80")).containsExactly(25, 70, 70);
        assertThat(out.column("other-lo-80")).isNull();
        ForecastFrame.SeriesForecast signed = c.apply(frame, Map.of(), false).series("x").orElseThrow();
        assertThat(signed.column("m-lo-80")).containsExactly(15, -30, -30);
    }

    @Test
    void seriesScalingMultipliesTheScaledQuantileByTheSeriesScale() {
        ConformalCalibrator c = ConformalCalibrator.fit(smallBacktest(), new int[] {80}, ConformalCalibrator.Scaling.SERIES);
        // scaled step-1 scores 1 2 3 4 2.5 -> 5th smallest is 4
        assertThat(c.halfWidth("m", 80, 1, 3)).isEqualTo(12);
        // a series without a scale gets the absolute width
        assertThat(c.halfWidth("m", 80, 1, 0)).isEqualTo(5);
    }

    /** 60 series of white noise around different levels with noise proportional to the level. */
    private static SalesPanel noisyPanel() {
        Map<String, double[]> data = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            double level = 5 + 3 * i;
            data.put("s" + i, SyntheticSeries.whiteNoise(120, level * 4, level, 1000 + i));
        }
        return SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2023, 1, 1), data);
    }

    @Test
    void intervalsCoverAboutTheirLevelOnSyntheticData() {
        Backtest bt = new CrossValidation(4, 6, 4).run(noisyPanel(), List.of(new HistoricAverageForecaster()), null,
                new int[0], TrainContext.defaults(1));
        int[] levels = {80, 95};
        ConformalCalibrator c = ConformalCalibrator.fit(bt, levels, ConformalCalibrator.Scaling.SERIES);
        List<ConformalCalibrator.Coverage> coverage = c.coverage(bt, true);
        assertThat(coverage).hasSize(2);
        ConformalCalibrator.Coverage c80 = coverage.get(0);
        assertThat(c80.level()).isEqualTo(80);
        assertThat(c80.crossFitted()).isCloseTo(0.80, within(0.05));
        assertThat(c80.inSample()).isCloseTo(0.80, within(0.04));
        assertThat(c80.sufficient()).isTrue();
        ConformalCalibrator.Coverage c95 = coverage.get(1);
        assertThat(c95.crossFitted()).isCloseTo(0.95, within(0.03));
        assertThat(c95.meanWidth()).isGreaterThan(c80.meanWidth());

        // the leaderboard reports the same coverage on the cross-fitted backtest
        Backtest crossFitted = ConformalCalibrator.crossFitted(bt, levels, ConformalCalibrator.Scaling.SERIES, true);
        Scores s = Leaderboard.of(crossFitted, Metric.MAE).row("historic_average").orElseThrow().overall();
        assertThat(s.interval(80).coverage()).isEqualTo(c80.crossFitted());
        for (Backtest.Slice slice : crossFitted.slices()) {
            assertThat(java.util.Arrays.stream(slice.column("historic_average-lo-95")).min().orElse(0)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void intervalsForNewForecastsUseScalesFromTheHistory() {
        SalesPanel panel = noisyPanel();
        Backtest bt = new CrossValidation(4, 3, 4).run(panel, List.of(new HistoricAverageForecaster()), null,
                new int[0], TrainContext.defaults(1));
        ConformalCalibrator c = ConformalCalibrator.fit(bt, new int[] {80}, ConformalCalibrator.Scaling.SERIES);
        ForecastFrame f = new HistoricAverageForecaster().fit(panel, null, TrainContext.defaults(1)).predict(4, null, new int[0]);
        ForecastFrame withIntervals = c.apply(f, panel, true);
        double small = width(withIntervals, "s0");
        double large = width(withIntervals, "s59");
        // noise sd grows 5 -> 182: widths scale with it
        assertThat(large / small).isBetween(20.0, 60.0);
    }

    private static double width(ForecastFrame f, String id) {
        ForecastFrame.SeriesForecast s = f.series(id).orElseThrow();
        return s.column("historic_average-hi-80")[0] - s.column("historic_average-lo-80")[0];
    }
}
