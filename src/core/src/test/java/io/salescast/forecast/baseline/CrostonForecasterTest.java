package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;
import io.salescast.testing.SyntheticSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Croston, SBA and TSB against values computed by hand for y = 0 3 0 0 5 0 2 with smoothing 0.1:
 * sizes 3 5 2 and intervals 2 3 2; SES started at the first value gives 3.08 for sizes and 2.09
 * for intervals; the demand occurrence 0 1 0 0 1 0 1 smooths to 0.240049.
 */
class CrostonForecasterTest {

    private static final double[] Y = {0, 3, 0, 0, 5, 0, 2};

    @Test
    void classicCroston() {
        assertThat(CrostonForecaster.classic().fitSeries(Y, Frequency.DAILY).forecast(2))
                .containsExactly(new double[] {3.08 / 2.09, 3.08 / 2.09}, within(1e-12));
    }

    @Test
    void syntetosBoylanApproximation() {
        assertThat(CrostonForecaster.sba().fitSeries(Y, Frequency.DAILY).forecast(1)[0]).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void tsb() {
        assertThat(CrostonForecaster.tsb().fitSeries(Y, Frequency.DAILY).forecast(1)[0])
                .isCloseTo(0.240049 * 3.08, within(1e-12));
    }

    @Test
    void missingPeriodsAreSkipped() {
        double[] withGaps = {0, 3, Double.NaN, 0, 0, 5, 0, Double.NaN, 2};
        assertThat(CrostonForecaster.classic().fitSeries(withGaps, Frequency.DAILY).forecast(1)[0])
                .isCloseTo(3.08 / 2.09, within(1e-12));
    }

    @Test
    void tsbDecaysForAnItemThatStoppedSellingWhileCrostonDoesNot() {
        double[] y = new double[60];
        for (int t = 0; t < 30; t += 3) {
            y[t] = 4;
        }
        double croston = CrostonForecaster.classic().fitSeries(y, Frequency.DAILY).forecast(1)[0];
        double tsb = CrostonForecaster.tsb().fitSeries(y, Frequency.DAILY).forecast(1)[0];
        assertThat(tsb).isLessThan(croston / 5);
    }

    @Test
    void noDemandForecastsZeroWithANote() {
        SeriesModel m = CrostonForecaster.tsb().fitSeries(new double[] {0, 0, 0}, Frequency.DAILY);
        assertThat(m.forecast(1)).containsExactly(0);
        assertThat(m.note()).contains("no demand");
    }

    @Test
    void longRunForecastApproachesTheMeanDemandRate() {
        double[] y = SyntheticSeries.intermittent(3000, 0.2, 3, 7);
        double rate = SeriesValues.mean(y);
        double sba = CrostonForecaster.sba().fitSeries(y, Frequency.DAILY).forecast(1)[0];
        assertThat(sba).isCloseTo(rate, within(rate * 0.5));
    }

    @Test
    void demandClassification() {
        // 7 periods, 3 demands: ADI 7/3; sizes 3 5 2: mean 10/3, sample variance 7/3, CV2 = 0.21
        DemandPattern p = DemandPattern.of(Y);
        assertThat(p.adi()).isCloseTo(7.0 / 3, within(1e-12));
        assertThat(p.cv2()).isCloseTo((7.0 / 3) / (100.0 / 9), within(1e-12));
        assertThat(p.kind()).isEqualTo(DemandPattern.Kind.INTERMITTENT);
        assertThat(p.sporadic()).isTrue();
        assertThat(DemandPattern.of(new double[] {5, 6, 5, 4, 6}).kind()).isEqualTo(DemandPattern.Kind.SMOOTH);
        assertThat(DemandPattern.of(new double[] {1, 20, 1, 30, 2}).kind()).isEqualTo(DemandPattern.Kind.ERRATIC);
        assertThat(DemandPattern.of(new double[] {0, 1, 0, 0, 40, 0, 0, 2}).kind()).isEqualTo(DemandPattern.Kind.LUMPY);
        assertThat(DemandPattern.of(new double[] {0, Double.NaN}).kind()).isEqualTo(DemandPattern.Kind.NO_DEMAND);
    }
}
