package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;
import io.salescast.testing.SyntheticSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Automatic ETS model choice and the data rules around it. */
class EtsForecasterTest {

    @Test
    void clearlySeasonalSeriesGetsASeasonalModel() {
        double[] y = SyntheticSeries.seasonal(84, 7, 50, 0, 15, 1.5, 3);
        SeriesModel m = new EtsForecaster().fitSeries(y, Frequency.DAILY);
        assertThat(m).isInstanceOf(EtsModel.class);
        assertThat(((EtsModel) m).type().hasSeason()).as("%s", m.description()).isTrue();
        // the forecast follows the planted weekly wave
        double[] f = m.forecast(7);
        for (int h = 0; h < 7; h++) {
            double truth = 50 + 15 * Math.sin(2 * Math.PI * (84 + h) / 7);
            assertThat(f[h]).isCloseTo(truth, within(4.0));
        }
    }

    @Test
    void whiteNoiseGetsANonSeasonalModelWithoutTrend() {
        for (long seed = 1; seed <= 3; seed++) {
            double[] y = SyntheticSeries.whiteNoise(120, 100, 10, seed);
            EtsModel m = (EtsModel) new EtsForecaster().fitSeries(y, Frequency.DAILY);
            assertThat(m.type().hasSeason()).as("seed %d: %s", seed, m.description()).isFalse();
            assertThat(m.forecast(1)[0]).isCloseTo(100, within(5.0));
        }
    }

    @Test
    void trendingSeriesGetsATrendAndExtrapolatesIt() {
        double[] y = SyntheticSeries.seasonal(60, 12, 100, 2, 0, 0.5, 5);
        EtsModel m = (EtsModel) new EtsForecaster().fitSeries(y, Frequency.MONTHLY);
        assertThat(m.type().hasTrend()).as(m.description()).isTrue();
        assertThat(m.forecast(1)[0]).isCloseTo(100 + 2 * 60, within(5.0));
    }

    @Test
    void weeklyDataWithAYearlySeasonIsFittedWithoutSeasonality() {
        double[] y = SyntheticSeries.seasonal(160, 52, 80, 0, 20, 2, 9);
        EtsModel m = (EtsModel) new EtsForecaster().fitSeries(y, Frequency.WEEKLY);
        assertThat(m.type().hasSeason()).isFalse();
    }

    @Test
    void multiplicativeComponentsOnlyForPositiveData() {
        double[] y = SyntheticSeries.seasonal(84, 7, 10, 0, 8, 1, 4);
        y[10] = 0;
        EtsForecaster ets = new EtsForecaster();
        assertThat(ets.candidates(y, 7, y.length)).noneMatch(EtsType::needsPositiveData).isNotEmpty();
        y[10] = 1;
        assertThat(ets.candidates(y, 7, y.length)).anyMatch(EtsType::needsPositiveData)
                .noneMatch(EtsType::restricted);
    }

    @Test
    void shortSeriesFallBackAndSaySo() {
        SeriesModel tiny = new EtsForecaster().fitSeries(new double[] {3, 5, 4}, Frequency.DAILY);
        assertThat(tiny.forecast(2)).containsExactly(4, 4);
        assertThat(tiny.note()).contains("too few for any ETS model");
        // 10 points: enough for simple models, not for seasonal ones (needs two seasons)
        EtsModel small = (EtsModel) new EtsForecaster().fitSeries(SyntheticSeries.seasonal(10, 7, 20, 0, 5, 1, 1),
                Frequency.DAILY);
        assertThat(small.type().hasSeason()).isFalse();
    }

    @Test
    void constantSeriesGetsAFlatForecast() {
        SeriesModel m = new EtsForecaster().fitSeries(new double[] {7, 7, Double.NaN, 7, 7, 7, 7, 7, 7}, Frequency.DAILY);
        assertThat(m.forecast(3)).containsExactly(7, 7, 7);
        assertThat(m.note()).contains("constant");
    }

    @Test
    void missingValuesAreSkippedByTheFilter() {
        double[] y = SyntheticSeries.seasonal(84, 7, 50, 0, 15, 1.5, 3);
        for (int t = 5; t < 84; t += 11) {
            y[t] = Double.NaN;
        }
        EtsModel m = (EtsModel) new EtsForecaster().fitSeries(y, Frequency.DAILY);
        assertThat(m.observed()).isEqualTo(84 - 8);
        assertThat(m.type().hasSeason()).isTrue();
        assertThat(java.util.Arrays.stream(m.forecast(7)).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void fixedModelCodesAndSpecValidation() {
        double[] y = SyntheticSeries.seasonal(84, 7, 50, 0, 15, 1.5, 3);
        EtsModel m = (EtsModel) EtsForecaster.of("AAdN").fitSeries(y, Frequency.DAILY);
        assertThat(m.type()).isEqualTo(EtsType.parse("ETS(A,Ad,N)"));
        assertThat(m.params().phi()).isBetween(0.8, 0.98);
        assertThat(EtsType.parse("MAdM").toString()).isEqualTo("ETS(M,Ad,M)");
        assertThat(EtsType.parse("man").code()).isEqualTo("MAN");
        assertThatThrownBy(() -> EtsType.parse("AMN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtsForecaster.of("QQQ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void informationCriteriaFollowTheirDefinitions() {
        EtsModel m = EtsModel.filter(EtsType.parse("ANN"), new EtsParams(0.5, 0, 0, 1), new EtsState(10, 0, new double[0]),
                new double[] {10, 12, 11, 13, 12, 14, 13, 15}, 3);
        double ll = m.logLik();
        assertThat(m.aic()).isCloseTo(-2 * ll + 6, within(1e-12));
        assertThat(m.aicc()).isCloseTo(-2 * ll + 6 + 2.0 * 3 * 4 / (8 - 3 - 1), within(1e-12));
        assertThat(m.bic()).isCloseTo(-2 * ll + Math.log(8) * 3, within(1e-12));
    }

    @Test
    void analyticIntervalsForLinearModels() {
        double[] y = {10, 12, 11, 13, 12, 14, 13, 15, 14, 16};
        EtsModel ann = EtsModel.filter(EtsType.parse("ANN"), new EtsParams(0.5, 0, 0, 1), new EtsState(10, 0, new double[0]), y, 3);
        double s2 = ann.sigma2() * 10 / 7;
        double[] sd = ann.forecastSd(3);
        assertThat(sd[0]).isCloseTo(Math.sqrt(s2), within(1e-12));
        assertThat(sd[2]).isCloseTo(Math.sqrt(s2 * (1 + 2 * 0.25)), within(1e-12));
        // AAdA with m = 2: c_1 = alpha + beta phi, c_2 = alpha + beta (phi + phi^2) + gamma
        EtsModel aada = EtsModel.filter(EtsType.parse("AAdA"), new EtsParams(0.3, 0.1, 0.2, 0.9),
                new EtsState(10, 0.5, new double[] {1, -1}), y, 7);
        double v = aada.sigma2() * 10 / 3;
        double c1 = 0.3 + 0.1 * 0.9;
        double c2 = 0.3 + 0.1 * (0.9 + 0.81) + 0.2;
        assertThat(aada.forecastSd(3)[2]).isCloseTo(Math.sqrt(v * (1 + c1 * c1 + c2 * c2)), within(1e-12));
        EtsModel mnn = EtsModel.filter(EtsType.parse("MNN"), new EtsParams(0.5, 0, 0, 1), new EtsState(10, 0, new double[0]), y, 3);
        assertThat(mnn.forecastSd(3)).isNull();
    }
}
