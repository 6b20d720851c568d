package io.salescast.forecast.baseline;

import java.util.Arrays;

/** NaN-aware helpers on one series' values (package-private building blocks of the baselines). */
final class SeriesValues {

    private SeriesValues() {
    }

    /** Number of non-missing values. */
    static int observed(double[] y) {
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The non-missing values in order. */
    static double[] compact(double[] y) {
        return Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Index of the last non-missing value, or -1. */
    static int lastObserved(double[] y) {
        for (int i = y.length - 1; i >= 0; i--) {
            if (!Double.isNaN(y[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Mean of non-missing values, NaN when none. */
    static double mean(double[] y) {
        double s = 0;
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Whether every non-missing value equals the first one (true when there are none). */
    static boolean constant(double[] y) {
        double first = Double.NaN;
        for (double v : y) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }

    /** Whether some non-missing value is zero or negative. */
    static boolean anyNonPositive(double[] y) {
        for (double v : y) {
            if (!Double.isNaN(v) && v <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Standard deviation of the differences {@code y[t] - y[t-lag]} where both are observed
     * (root mean square, as the residual sd of a naive method with lag {@code lag}), NaN when
     * there are none.
     */
    static double lagResidualSd(double[] y, int lag) {
        double ss = 0;
        int n = 0;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            if (!Double.isNaN(d)) {
                ss += d * d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(ss / n);
    }

    /** An array of {@code horizon} copies of {@code v}. */
    static double[] flat(double v, int horizon) {
        double[] out = new double[horizon];
        Arrays.fill(out, v);
        return out;
    }
}
