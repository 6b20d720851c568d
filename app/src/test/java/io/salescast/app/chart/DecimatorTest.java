package io.salescast.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static double[] range(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    @Test
    void keepsShortSeriesUnchangedPlusOneNeighbourEachSide() {
        double[] x = range(10);
        double[] y = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        Decimator.Points p = Decimator.minMax(x, y, 2, 6, 100);
        assertThat(p.n()).isEqualTo(7); // indices 1..7
        assertThat(p.x()[0]).isEqualTo(1);
        assertThat(p.x()[p.n() - 1]).isEqualTo(7);
    }

    @Test
    void keepsPeaksAndDipsOfEveryPixelColumn() {
        int n = 100_000;
        double[] x = range(n);
        double[] y = new double[n];
        y[12_345] = 1000;   // a single spike
        y[67_890] = -1000;  // a single dip
        Decimator.Points p = Decimator.minMax(x, y, 0, n - 1, 500);
        assertThat(p.n()).isLessThanOrEqualTo(4 * 502);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.n(); i++) {
            max = Math.max(max, p.y()[i]);
            min = Math.min(min, p.y()[i]);
        }
        assertThat(max).isEqualTo(1000);
        assertThat(min).isEqualTo(-1000);
        for (int i = 1; i < p.n(); i++) {
            assertThat(p.x()[i]).isGreaterThan(p.x()[i - 1]);
        }
    }

    @Test
    void marksGapsWithNan() {
        int n = 10_000;
        double[] x = range(n);
        double[] y = new double[n];
        for (int i = 4000; i < 6000; i++) {
            y[i] = Double.NaN;
        }
        Decimator.Points p = Decimator.minMax(x, y, 0, n - 1, 100);
        int gaps = 0;
        for (int i = 0; i < p.n(); i++) {
            if (Double.isNaN(p.y()[i])) {
                gaps++;
            }
        }
        assertThat(gaps).isEqualTo(1);
    }

    @Test
    void bandTakesLowestLowAndHighestHighPerColumn() {
        int n = 1000;
        double[] x = range(n);
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = -i % 7;
            hi[i] = i % 11;
        }
        double[][] b = Decimator.band(x, lo, hi, 0, n - 1, 10);
        assertThat(b[0].length).isBetween(10, 12);
        for (int i = 0; i < b[0].length - 1; i++) {
            assertThat(b[1][i]).isEqualTo(-6);
            assertThat(b[2][i]).isEqualTo(10);
        }
    }

    @Test
    void boundsSearch() {
        double[] a = {1, 2, 2, 3};
        assertThat(Decimator.lowerBound(a, 2)).isEqualTo(1);
        assertThat(Decimator.upperBound(a, 2)).isEqualTo(3);
        assertThat(Decimator.lowerBound(a, 0)).isZero();
        assertThat(Decimator.upperBound(a, 9)).isEqualTo(4);
    }
}
