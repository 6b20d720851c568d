package io.salescast.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Metric functions against values computed by hand. Data: actual 10 0 5 ? 20, forecast 12 1 5 7 15;
 * the pair with the missing actual is skipped, so the errors (forecast - actual) are 2 1 0 -5.
 */
class MetricsTest {

    private static final double NAN = Double.NaN;
    private static final double[] A = {10, 0, 5, NAN, 20};
    private static final double[] F = {12, 1, 5, 7, 15};

    @Test
    void absoluteAndSquaredErrors() {
        assertThat(Metrics.mae(A, F)).isEqualTo(2.0);                       // (2+1+0+5)/4
        assertThat(Metrics.rmse(A, F)).isCloseTo(Math.sqrt(7.5), within(1e-15)); // (4+1+0+25)/4
    }

    @Test
    void mapeSkipsZeroActualsAndCountsThem() {
        Metrics.Mape mape = Metrics.mape(A, F);
        assertThat(mape.value()).isCloseTo(0.15, within(1e-15)); // (0.2 + 0 + 0.25)/3
        assertThat(mape.used()).isEqualTo(3);
        assertThat(mape.skippedZeros()).isEqualTo(1);
        assertThat(Metrics.mape(new double[] {0, 0}, new double[] {1, 2}).value()).isNaN();
    }

    @Test
    void smapeCountsZeroOverZeroAsZero() {
        // 2*2/22 + 2*1/1 + 0/10 + 2*5/35 = 190/77, over 4 pairs
        assertThat(Metrics.smape(A, F)).isCloseTo(190.0 / 77 / 4, within(1e-15));
        assertThat(Metrics.smape(new double[] {0, 4}, new double[] {0, 4})).isEqualTo(0.0);
        assertThat(Metrics.smape(new double[] {0}, new double[] {3})).isEqualTo(2.0);
    }

    @Test
    void wapeAndBias() {
        assertThat(Metrics.wape(A, F)).isCloseTo(8.0 / 35, within(1e-15));
        assertThat(Metrics.bias(A, F)).isEqualTo(-0.5);                  // (2+1+0-5)/4
        assertThat(Metrics.relativeBias(A, F)).isCloseTo(-2.0 / 35, within(1e-15));
        assertThat(Metrics.wape(new double[] {0, 0}, new double[] {1, 1})).isNaN();
    }

    @Test
    void maseScaleIsTheInSampleSeasonalNaiveError() {
        double[] history = {1, 3, 2, 5, 4, 6};
        assertThat(Metrics.seasonalNaiveScale(history, 2)).isEqualTo(1.5);   // |2-1| |5-3| |4-2| |6-5|
        assertThat(Metrics.seasonalNaiveScale(history, 4)).isEqualTo(3.0);   // |4-1| |6-3|
        assertThat(Metrics.seasonalNaiveScale(history, 10)).isEqualTo(1.8); // too short: lag 1, 9/5
        assertThat(Metrics.seasonalNaiveScale(new double[] {1, NAN, 3, 4}, 1)).isEqualTo(1.0); // only |4-3|
        assertThat(Metrics.seasonalNaiveScale(new double[] {5}, 7)).isNaN();
        assertThat(Metrics.mase(A, F, 1.5)).isCloseTo(2.0 / 1.5, within(1e-15));
        assertThat(Metrics.mase(A, F, 0)).isNaN();
    }

    @Test
    void pooledMaseScalesEachPointByItsSeries() {
        double[] scales = {1, 2, NAN, 4, 0};
        // usable points with a positive scale: |2|/1 and |1|/2
        assertThat(Metrics.pooledMase(A, F, scales)).isEqualTo(1.25);
    }

    @Test
    void intervalCoverageAndWidth() {
        double[] lo = {9, 0, 6, 0, 14};
        double[] hi = {13, 2, 8, 9, 16};
        // 10 in [9,13], 0 in [0,2] (bounds count), 5 not in [6,8], missing skipped, 20 not in [14,16]
        assertThat(Metrics.coverage(A, lo, hi)).isEqualTo(0.5);
        assertThat(Metrics.meanWidth(A, lo, hi)).isEqualTo(2.5);
    }

    @Test
    void noUsablePairGivesNaNAndLengthsMustMatch() {
        assertThat(Metrics.mae(new double[] {NAN}, new double[] {1})).isNaN();
        assertThatThrownBy(() -> Metrics.mae(new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
