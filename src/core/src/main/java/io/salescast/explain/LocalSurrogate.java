package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * LIME for regression: explains one prediction of any model by a weighted linear surrogate fitted
 * on perturbed copies of the point (Ribeiro et al., 2016, adapted to regression; Tribuo's own LIME
 * classes need a classifier).
 *
 * <p>Method: draw {@code samples} copies of the point, each feature moved by Gaussian noise of
 * {@code scale} standard deviations of the background (columns that never vary, and missing
 * values, stay as they are); predict them; weight each copy by the exponential kernel
 * {@code exp(-d^2 / width^2)} of its distance {@code d} to the point in standard-deviation units
 * ({@code width = 0.75 * sqrt(features)} by default, as in the reference implementation); fit a
 * weighted ridge regression of the predictions on the moves in standard-deviation units. The
 * surrogate's weighted R² on that neighbourhood is reported as the explanation's fidelity.
 *
 * <p>Contributions: the local slope times how far the point's value sits from the background
 * mean, {@code b_j * (x_j - mean_j) / sd_j}, starting from the base value (the mean prediction
 * over the background). What that linear account does not cover (curvature, interactions) is
 * reported as one {@link PointExplanation#RESIDUAL} contribution, so that additivity holds.
 */
public final class LocalSurrogate {

    /**
     * Settings.
     *
     * @param samples     perturbed copies per point (at least 20)
     * @param scale       perturbation size in standard deviations
     * @param kernelWidth kernel width in standard-deviation units; 0 or less for the default
     * @param lambda      ridge penalty
     * @param seed        seed of the perturbations (same seed, same explanation)
     */
    public record Options(int samples, double scale, double kernelWidth, double lambda, long seed) {
        /** Validates. */
        public Options {
            if (samples < 20) {
                throw new IllegalArgumentException("LIME needs at least 20 samples");
            }
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be positive");
            }
        }

        /** 1000 samples, one standard deviation, default width, lambda 1e-3. */
        public static Options defaults(long seed) {
            return new Options(1000, 1.0, 0, 1e-3, seed);
        }
    }

    private final PredictFunction model;
    private final Background background;
    private final FeatureCatalog catalog;
    private final Options options;
    private final double base;

    /**
     * @param model      the model, in its own space
     * @param background typical rows with column statistics (same columns as the model)
     * @param catalog    readable names and families
     * @param options    settings
     */
    public LocalSurrogate(PredictFunction model, Background background, FeatureCatalog catalog, Options options) {
        if (!model.featureNames().equals(background.featureNames())) {
            throw new IllegalArgumentException("background columns differ from the model's");
        }
        this.model = model;
        this.background = background;
        this.catalog = catalog;
        this.options = options;
        this.base = background.meanPrediction(model);
    }

    /** The base value: mean prediction over the background. */
    public double base() {
        return base;
    }

    /** Explains one row; the result is in the model's space. */
    public PointExplanation explain(String alias, double[] x, FeatureRows.RowKey key) {
        int m = x.length;
        int[] active = activeColumns(x);
        int k = active.length;
        int n = options.samples();
        Random rnd = new Random(options.seed());
        double[][] rows = new double[n][];
        double[][] moves = new double[n][k];
        double[] weights = new double[n];
        double width = options.kernelWidth() > 0 ? options.kernelWidth() : 0.75 * Math.sqrt(Math.max(1, k));
        rows[0] = x.clone();
        weights[0] = 1;
        for (int i = 1; i < n; i++) {
            rows[i] = x.clone();
            double d2 = 0;
            for (int a = 0; a < k; a++) {
                int j = active[a];
                double e = options.scale() * rnd.nextGaussian();
                moves[i][a] = e;
                rows[i][j] = x[j] + e * background.std(j);
                d2 += e * e;
            }
            weights[i] = Math.exp(-d2 / (width * width));
        }
        double[] f = model.predict(rows);
        WeightedRidge fit = WeightedRidge.fit(moves, f, weights, options.lambda(), true);
        double[] slope = new double[m];
        for (int a = 0; a < k; a++) {
            slope[active[a]] = fit.coefficients()[a];
        }
        List<FeatureContribution> cs = new ArrayList<>(m + 1);
        double sum = 0;
        for (int j = 0; j < m; j++) {
            double sd = background.std(j);
            double c = sd > 0 && !Double.isNaN(x[j]) ? slope[j] * (x[j] - background.mean(j)) / sd : 0;
            cs.add(FeatureContribution.of(catalog.label(model.featureNames().get(j)), x[j], c));
            sum += c;
        }
        double prediction = f[0];
        cs.add(new FeatureContribution(PointExplanation.RESIDUAL, "not captured by the local linear explanation",
                FeatureFamily.OTHER, Double.NaN, prediction - base - sum));
        return new PointExplanation(alias, key.uniqueId(), key.ds(), key.step(), base, prediction, cs, Method.LIME,
                fit.r2(), Units.MODEL);
    }

    /** Explains every row. */
    public List<PointExplanation> explain(String alias, FeatureRows rows) {
        List<PointExplanation> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(explain(alias, rows.values()[i], rows.keys().get(i)));
        }
        return out;
    }

    private int[] activeColumns(double[] x) {
        int[] tmp = new int[x.length];
        int k = 0;
        for (int j = 0; j < x.length; j++) {
            if (background.std(j) > 0 && !Double.isNaN(x[j])) {
                tmp[k++] = j;
            }
        }
        return java.util.Arrays.copyOf(tmp, k);
    }
}
