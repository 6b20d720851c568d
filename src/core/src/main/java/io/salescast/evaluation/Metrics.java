package io.salescast.evaluation;

/**
 * Forecast accuracy metrics as pure functions on aligned arrays of actual and forecast values.
 * A pair where either value is NaN (missing actual, no forecast) is skipped by every metric.
 * Percentage-type metrics are returned as fractions (0.12 = 12%). A metric with no usable pair
 * is NaN.
 * <p>
 * Definitions, with e = forecast - actual:
 * <ul>
 *   <li>MAE = mean |e|; RMSE = sqrt(mean e^2)</li>
 *   <li>MAPE = mean |e| / |actual| over pairs with a non-zero actual; pairs with a zero actual
 *       are skipped and counted ({@link Mape#skippedZeros()})</li>
 *   <li>sMAPE = mean 2|e| / (|actual| + |forecast|), with 0/0 = 0; in [0, 2]</li>
 *   <li>MASE = mean |e| / scale, where scale is the in-sample MAE of the seasonal naive method on
 *       the series' history ({@link #seasonalNaiveScale(double[], int)})</li>
 *   <li>WAPE = sum |e| / sum |actual|</li>
 *   <li>bias = mean e (positive: over-forecasting); relative bias = sum e / sum |actual|</li>
 *   <li>coverage = share of actuals inside [lo, hi]; mean width = mean (hi - lo)</li>
 * </ul>
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * MAPE with the number of pairs it skipped because the actual was zero.
     *
     * @param value        the MAPE as a fraction, NaN when no pair had a non-zero actual
     * @param used         pairs used
     * @param skippedZeros pairs skipped because the actual was zero
     */
    public record Mape(double value, int used, int skippedZeros) {
    }

    /** Mean absolute error. */
    public static double mae(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                s += Math.abs(forecast[i] - actual[i]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Root mean squared error. */
    public static double rmse(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                double e = forecast[i] - actual[i];
                s += e * e;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }

    /** Mean absolute percentage error over non-zero actuals, with the count of skipped zeros. */
    public static Mape mape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        int n = 0;
        int zeros = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!usable(actual[i], forecast[i])) {
                continue;
            }
            if (actual[i] == 0) {
                zeros++;
            } else {
                s += Math.abs((forecast[i] - actual[i]) / actual[i]);
                n++;
            }
        }
        return new Mape(n == 0 ? Double.NaN : s / n, n, zeros);
    }

    /** Symmetric MAPE, 2|e| / (|a| + |f|) averaged, 0/0 counted as 0; in [0, 2]. */
    public static double smape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                double d = Math.abs(actual[i]) + Math.abs(forecast[i]);
                s += d == 0 ? 0 : 2 * Math.abs(forecast[i] - actual[i]) / d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * Mean absolute scaled error: MAE divided by {@code scale}; NaN when the scale is zero or NaN
     * (a constant history has no naive error to scale by).
     */
    public static double mase(double[] actual, double[] forecast, double scale) {
        if (!(scale > 0)) {
            return Double.NaN;
        }
        return mae(actual, forecast) / scale;
    }

    /**
     * MASE pooled over points of several series: the mean of |forecast - actual| / scale over the
     * points whose scale is positive (each point carries its own series' scale). Equals the
     * average of per-series MASE values weighted by their number of points.
     */
    public static double pooledMase(double[] actual, double[] forecast, double[] scale) {
        check(actual, forecast);
        check(actual, scale);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i]) && scale[i] > 0) {
                s += Math.abs(forecast[i] - actual[i]) / scale[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * The MASE scale of one series: the mean absolute difference {@code |y[t] - y[t-m]|} over its
     * history (in-sample MAE of the seasonal naive method), skipping missing values. When the
     * history has no pair {@code m} periods apart (shorter than m + 1), the lag-1 (naive) MAE is
     * used; NaN when there is not even that.
     *
     * @param history the series up to the forecast origin
     * @param season  season length m (1 for the naive scale)
     */
    public static double seasonalNaiveScale(double[] history, int season) {
        int m = Math.max(1, season);
        double scale = lagMae(history, m);
        if (Double.isNaN(scale) && m > 1) {
            scale = lagMae(history, 1);
        }
        return scale;
    }

    private static double lagMae(double[] y, int lag) {
        double s = 0;
        int n = 0;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            if (!Double.isNaN(d)) {
                s += Math.abs(d);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Weighted absolute percentage error, sum |e| / sum |actual| (NaN when the actuals sum to 0). */
    public static double wape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double se = 0;
        double sa = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                se += Math.abs(forecast[i] - actual[i]);
                sa += Math.abs(actual[i]);
            }
        }
        return sa == 0 ? Double.NaN : se / sa;
    }

    /** Mean error, forecast - actual (positive: over-forecasting). */
    public static double bias(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                s += forecast[i] - actual[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Relative bias, sum (forecast - actual) / sum |actual| (NaN when the actuals sum to 0). */
    public static double relativeBias(double[] actual, double[] forecast) {
        check(actual, forecast);
        double se = 0;
        double sa = 0;
        for (int i = 0; i < actual.length; i++) {
            if (usable(actual[i], forecast[i])) {
                se += forecast[i] - actual[i];
                sa += Math.abs(actual[i]);
            }
        }
        return sa == 0 ? Double.NaN : se / sa;
    }

    /** Share of actuals inside [lo, hi] (bounds included), over pairs where all three are known. */
    public static double coverage(double[] actual, double[] lo, double[] hi) {
        check(actual, lo);
        check(actual, hi);
        int in = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isNaN(actual[i]) && !Double.isNaN(lo[i]) && !Double.isNaN(hi[i])) {
                n++;
                if (actual[i] >= lo[i] && actual[i] <= hi[i]) {
                    in++;
                }
            }
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }

    /**
     * Mean interval width, mean (hi - lo), over the same pairs as {@link #coverage} (periods
     * whose actual is missing are skipped so that width and coverage describe the same points).
     */
    public static double meanWidth(double[] actual, double[] lo, double[] hi) {
        check(actual, lo);
        check(actual, hi);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isNaN(actual[i]) && !Double.isNaN(lo[i]) && !Double.isNaN(hi[i])) {
                s += hi[i] - lo[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static boolean usable(double a, double f) {
        return !Double.isNaN(a) && !Double.isNaN(f);
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays differ in length: " + a.length + " and " + b.length);
        }
    }
}
