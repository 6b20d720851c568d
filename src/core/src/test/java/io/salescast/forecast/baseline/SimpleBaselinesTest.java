package io.salescast.forecast.baseline;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.features.FeatureSpec;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Naive, seasonal naive, moving average and historic average against hand-computed values. */
class SimpleBaselinesTest {

    private static final double NAN = Double.NaN;
    private static final double Z80 = 1.2815515655446004;
    private static final double Z95 = 1.959963984540054;

    @Test
    void naiveRepeatsLastObservedValueWithRandomWalkIntervals() {
        SeriesModel m = new NaiveForecaster().fitSeries(new double[] {10, 12, 11, 13, NAN}, Frequency.DAILY);
        assertThat(m.forecast(3)).containsExactly(13, 13, 13);
        // one-step differences 2, -1, 2 (the pair with the missing value is skipped): sd = sqrt(9/3)
        double sd = Math.sqrt(3);
        assertThat(m.forecastSd(4)).containsExactly(new double[] {sd, sd * Math.sqrt(2), sd * Math.sqrt(3), sd * 2},
                within(1e-12));
        assertThat(m.note()).isNull();
    }

    @Test
    void naiveIntervalsInTheForecastFrame() {
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), "a", new double[] {10, 12, 11, 13});
        ForecastFrame f = new NaiveForecaster().fit(panel, FeatureSpec.none(), TrainContext.defaults(1))
                .predict(2, null, new int[] {80});
        ForecastFrame.SeriesForecast s = f.series("a").orElseThrow();
        assertThat(s.start()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(s.column("naive")).containsExactly(13, 13);
        assertThat(s.column("naive-lo-80")[0]).isCloseTo(13 - Z80 * Math.sqrt(3), within(1e-9));
        assertThat(s.column("naive-hi-80")[1]).isCloseTo(13 + Z80 * Math.sqrt(6), within(1e-9));
    }

    @Test
    void seasonalNaiveUsesLastObservedValueOfEachSeasonPosition() {
        SeasonalNaiveForecaster snaive = new SeasonalNaiveForecaster("snaive4", 4, true);
        SeriesModel m = snaive.fitSeries(new double[] {1, 2, 3, 4, 5, 6, NAN, 8}, Frequency.DAILY);
        // next periods are positions 8..11: same position one season back is 4, 5, (6 missing -> 2), 7
        assertThat(m.forecast(6)).containsExactly(5, 6, 3, 8, 5, 6);
        assertThat(m.description()).contains("m=4");
    }

    @Test
    void seasonalNaiveFallsBackToNaiveWhenShorterThanOneSeason() {
        SeriesModel m = new SeasonalNaiveForecaster().fitSeries(new double[] {4, 5, 6}, Frequency.DAILY);
        assertThat(m.forecast(2)).containsExactly(6, 6);
        assertThat(m.note()).contains("less than one season of 7");
    }

    @Test
    void movingAverageOfLastWindowObservations() {
        MovingAverageForecaster ma = new MovingAverageForecaster("ma3", 3, true);
        assertThat(ma.fitSeries(new double[] {100, 1, 2, NAN, 6}, Frequency.DAILY).forecast(2)).containsExactly(3, 3);
        SeriesModel shortOne = ma.fitSeries(new double[] {4, NAN, 8}, Frequency.DAILY);
        assertThat(shortOne.forecast(1)).containsExactly(6);
        assertThat(shortOne.note()).contains("fewer than the window of 3");
        assertThat(new MovingAverageForecaster().window(Frequency.WEEKLY)).isEqualTo(4);
    }

    @Test
    void historicAverageWithIntervalsClampedAtZero() {
        SalesPanel panel = SyntheticSeries.panel(Frequency.MONTHLY, LocalDate.of(2024, 1, 1), "a", new double[] {2, 4, 6});
        ForecastFrame f = new HistoricAverageForecaster().fit(panel, FeatureSpec.none(), TrainContext.defaults(1))
                .predict(2, null, new int[] {95});
        ForecastFrame.SeriesForecast s = f.series("a").orElseThrow();
        assertThat(s.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(s.column("historic_average")).containsExactly(4, 4);
        // sample sd 2, times sqrt(1 + 1/3)
        double half = Z95 * 2 * Math.sqrt(4.0 / 3);
        assertThat(s.column("historic_average-hi-95")[0]).isCloseTo(4 + half, within(1e-9));
        assertThat(s.column("historic_average-lo-95")).containsExactly(0, 0);
    }

    @Test
    void emptyAndAllMissingSeriesForecastZeroAndSaySo() {
        for (LocalForecaster f : Baselines.standard()) {
            SeriesModel m = f.fitSeries(new double[] {NAN, NAN}, Frequency.DAILY);
            assertThat(m.forecast(2)).as(f.alias()).containsExactly(0, 0);
            assertThat(m.note()).as(f.alias()).contains("no observed values");
            assertThat(f.fitSeries(new double[0], Frequency.DAILY).forecast(1)).as(f.alias()).containsExactly(0);
        }
    }

    @Test
    void allZeroSeriesForecastZeroForEveryBaseline() {
        double[] zeros = new double[40];
        List<LocalForecaster> all = new ArrayList<>(Baselines.standard());
        all.add(new EtsForecaster());
        all.add(CrostonForecaster.classic());
        all.add(CrostonForecaster.sba());
        all.add(CrostonForecaster.tsb());
        for (LocalForecaster f : all) {
            assertThat(f.fitSeries(zeros, Frequency.DAILY).forecast(3)).as(f.alias()).containsExactly(0, 0, 0);
        }
    }

    @Test
    void forecastsAreClampedAtZeroUnlessNegativeValuesAreAllowed() {
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), "a", new double[] {5, 3, -2});
        assertThat(new NaiveForecaster().fit(panel, FeatureSpec.none(), TrainContext.defaults(1)).predict(1, null, new int[0])
                .series("a").orElseThrow().column("naive")).containsExactly(0);
        assertThat(new NaiveForecaster("naive", false).fit(panel, FeatureSpec.none(), TrainContext.defaults(1))
                .predict(1, null, new int[0]).series("a").orElseThrow().column("naive")).containsExactly(-2);
    }

    @Test
    void fittingAPanelStartsEachForecastAfterItsOwnSeriesAndReportsNotesAndProgress() {
        Map<String, double[]> data = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            data.put("s" + i, SyntheticSeries.whiteNoise(i == 0 ? 3 : 30, 10, 1, i));
        }
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), data);
        List<Double> fractions = new ArrayList<>();
        TrainContext ctx = new TrainContext(1, Device.CPU, 2, (stage, fraction, msg) -> {
            synchronized (fractions) {
                fractions.add(fraction);
            }
        }, null);
        FittedLocalForecaster fitted = new SeasonalNaiveForecaster().fit(panel, FeatureSpec.none(), ctx);
        ForecastFrame f = fitted.predict(7, null, new int[0]);
        assertThat(f.series()).hasSize(40);
        assertThat(f.series("s0").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 4));
        assertThat(f.series("s1").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(fitted.notes()).containsOnlyKeys("s0");
        assertThat(fitted.describe("s1")).contains("seasonal naive (m=7)");
        assertThat(fractions).contains(0.0, 1.0);
    }

    @Test
    void cancellationStopsFitting() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        SalesPanel panel = SyntheticSeries.panel(Frequency.DAILY, LocalDate.of(2024, 1, 1), "a", new double[] {1, 2});
        TrainContext ctx = new TrainContext(1, Device.CPU, 1, null, token);
        assertThatThrownBy(() -> new EtsForecaster().fit(panel, FeatureSpec.none(), ctx)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aliasesAreStableAndValidated() {
        assertThat(Baselines.byAlias("seasonal_naive")).containsInstanceOf(SeasonalNaiveForecaster.class);
        assertThat(Baselines.byAlias("TSB").orElseThrow().alias()).isEqualTo("tsb");
        assertThat(Baselines.byAlias("croston_sba").orElseThrow().alias()).isEqualTo("croston_sba");
        assertThat(Baselines.byAlias("xgboost")).isEmpty();
        for (String alias : Baselines.aliases()) {
            assertThat(Baselines.byAlias(alias).orElseThrow().alias()).isEqualTo(alias);
        }
        assertThatThrownBy(() -> new NaiveForecaster("bad alias", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createdFromTextParameters() {
        assertThat(Baselines.create("moving_average", "ma28", Map.of("window", "28")))
                .isEqualTo(new MovingAverageForecaster("ma28", 28, true));
        assertThat(Baselines.create("ETS", null, Map.of("model", "AAdA", "criterion", "bic", "damped", "true")))
                .isEqualTo(new EtsForecaster("ets", "AADA", EtsForecaster.Damping.ALWAYS, EtsForecaster.Criterion.BIC, 0, 10000, true));
        assertThat(Baselines.create("tsb", "tsb2", Map.of("alpha", "0.2", "alpha_p", "0.05", "non_negative", "false")))
                .isEqualTo(new CrostonForecaster("tsb2", CrostonForecaster.Variant.TSB, 0.2, 0.05, false));
        assertThatThrownBy(() -> Baselines.create("naive", null, Map.of("window", "3")))
                .isInstanceOf(io.salescast.core.SalescastException.class).hasMessageContaining("no parameter 'window'");
        assertThatThrownBy(() -> Baselines.create("moving_average", null, Map.of("window", "-3")))
                .isInstanceOf(io.salescast.core.SalescastException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Baselines.create("ets", null, Map.of("model", "XYZ")))
                .isInstanceOf(io.salescast.core.SalescastException.class);
        assertThatThrownBy(() -> Baselines.create("prophet", null, Map.of()))
                .isInstanceOf(io.salescast.core.SalescastException.class).hasMessageContaining("no baseline type");
    }
}
