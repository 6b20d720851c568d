package io.salescast.neural;

import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

/**
 * One series prepared for windowing: its history, the panel positions of the encoded covariates,
 * the series' mean of each relative (price) covariate, its one-hot static inputs and, when
 * forecasting, the covariates of the periods after the history.
 */
final class EncodedSeries {

    private final SalesSeries series;
    private final int[] covariateIndex;
    private final double[] seriesMean;
    private final float[] staticInputs;
    private final double[][] future;

    private EncodedSeries(SalesSeries series, int[] covariateIndex, double[] seriesMean, float[] staticInputs, double[][] future) {
        this.series = series;
        this.covariateIndex = covariateIndex;
        this.seriesMean = seriesMean;
        this.staticInputs = staticInputs;
        this.future = future;
    }

    /** Prepares {@code series} of {@code panel} (future covariates none). */
    static EncodedSeries of(InputEncoding enc, SalesPanel panel, SalesSeries series) {
        int n = enc.covariates().size();
        int[] idx = new int[n];
        double[] means = new double[n];
        for (int c = 0; c < n; c++) {
            idx[c] = panel.covariateIndex(enc.covariates().get(c).name());
            means[c] = meanOf(series.covariates()[idx[c]]);
        }
        return new EncodedSeries(series, idx, means, enc.staticInputs(panel.attributes(), series.id()), null);
    }

    /**
     * The same series with covariates for {@code horizon} periods after its history: from
     * {@code futureSeries} when given (aligned at the first forecast period), otherwise the last
     * known value carried forward, zero for event-like covariates (promotions off).
     */
    EncodedSeries withFuture(InputEncoding enc, SalesPanel futurePanel, SalesSeries futureSeries, int horizon) {
        int n = covariateIndex.length;
        double[][] fut = new double[n][horizon];
        for (int c = 0; c < n; c++) {
            InputEncoding.Covariate cov = enc.covariates().get(c);
            double[] hist = series.covariates()[covariateIndex[c]];
            double carry = cov.eventLike() ? 0 : lastKnown(hist);
            int fIdx = futureSeries == null ? -1 : futurePanel.covariateIndex(cov.name());
            for (int t = 0; t < horizon; t++) {
                double v = fIdx >= 0 && t < futureSeries.length() ? futureSeries.covariates()[fIdx][t] : Double.NaN;
                fut[c][t] = Double.isNaN(v) ? carry : v;
            }
        }
        return new EncodedSeries(series, covariateIndex, seriesMean, staticInputs, fut);
    }

    SalesSeries series() {
        return series;
    }

    int length() {
        return series.length();
    }

    float[] staticInputs() {
        return staticInputs;
    }

    /** Target at period {@code i} (0-based from the series start), NaN outside the history. */
    double y(int i) {
        return i >= 0 && i < series.length() ? series.y()[i] : Double.NaN;
    }

    /** Raw covariate {@code c} at period {@code i}; NaN before the start or past the known future. */
    double covariate(int c, int i) {
        if (i < 0) {
            return Double.NaN;
        }
        if (i < series.length()) {
            return series.covariates()[covariateIndex[c]][i];
        }
        int t = i - series.length();
        return future != null && t < future[c].length ? future[c][t] : Double.NaN;
    }

    /** The series' mean of covariate {@code c} over its history. */
    double seriesMean(int c) {
        return seriesMean[c];
    }

    private static double meanOf(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static double lastKnown(double[] v) {
        for (int i = v.length - 1; i >= 0; i--) {
            if (!Double.isNaN(v[i])) {
                return v[i];
            }
        }
        return Double.NaN;
    }
}
