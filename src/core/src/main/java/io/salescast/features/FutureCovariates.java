package io.salescast.features;

import io.salescast.series.Frequency;
import io.salescast.series.SalesSeries;

/**
 * Extends a series' covariates over the forecast periods: known-future values where the caller
 * supplied them, otherwise the last known price carried forward and every other covariate
 * (promotion, discount, stock-out...) off.
 */
final class FutureCovariates {

    private FutureCovariates() {
    }

    static double[][] extend(SalesSeries s, SalesSeries future, java.util.List<String> names, Frequency f, int horizon) {
        int len = s.length();
        double[][] out = new double[names.size()][];
        for (int c = 0; c < names.size(); c++) {
            double[] hist = s.covariates()[c];
            if (horizon == 0) {
                out[c] = hist;
                continue;
            }
            double[] ext = java.util.Arrays.copyOf(hist, len + horizon);
            boolean carry = CovariateColumns.isPriceLike(names.get(c));
            double last = lastKnown(hist);
            long offset = future == null ? 0 : f.periodsBetween(future.start(), f.step(s.start(), len));
            for (int k = 0; k < horizon; k++) {
                double v = Double.NaN;
                if (future != null) {
                    long i = offset + k;
                    if (i >= 0 && i < future.length()) {
                        v = future.covariates()[c][(int) i];
                    }
                }
                ext[len + k] = !Double.isNaN(v) ? v : carry ? last : 0;
            }
            out[c] = ext;
        }
        return out;
    }

    private static double lastKnown(double[] values) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }
}
