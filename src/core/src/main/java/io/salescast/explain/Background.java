package io.salescast.explain;

import java.util.List;
import java.util.Random;

/**
 * What "typical" means for a model: a sample of feature rows from its training or backtest data,
 * with the mean and standard deviation of every column (NaN ignored). Local methods perturb
 * around a point in standard-deviation units and measure contributions against it; the base
 * value of a model-agnostic explanation is the mean prediction over the sample. Immutable.
 */
public final class Background {

    private final List<String> featureNames;
    private final double[][] rows;
    private final double[] means;
    private final double[] stds;

    private Background(List<String> featureNames, double[][] rows, double[] means, double[] stds) {
        this.featureNames = List.copyOf(featureNames);
        this.rows = rows;
        this.means = means;
        this.stds = stds;
    }

    /**
     * Statistics over all of {@code data}, and a seeded random sample of at most {@code maxRows}
     * rows of it for the base value and Kernel SHAP.
     */
    public static Background of(List<String> featureNames, double[][] data, int maxRows, long seed) {
        if (data.length == 0) {
            throw new IllegalArgumentException("a background needs at least one row");
        }
        int m = featureNames.size();
        double[] mean = new double[m];
        double[] std = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            double ss = 0;
            int n = 0;
            for (double[] r : data) {
                if (!Double.isNaN(r[j])) {
                    s += r[j];
                    ss += r[j] * r[j];
                    n++;
                }
            }
            mean[j] = n == 0 ? Double.NaN : s / n;
            std[j] = n < 2 ? 0 : Math.sqrt(Math.max(0, (ss - n * mean[j] * mean[j]) / (n - 1)));
        }
        return new Background(featureNames, sample(data, maxRows, seed), mean, std);
    }

    /**
     * The same from column-major data ({@code columns[j][row]}, e.g. a feature table's columns),
     * without copying the rows: statistics over all rows, a seeded sample of at most
     * {@code maxRows} rows.
     */
    public static Background ofColumns(List<String> featureNames, double[][] columns, int maxRows, long seed) {
        int m = featureNames.size();
        int n = m == 0 ? 0 : columns[0].length;
        if (n == 0) {
            throw new IllegalArgumentException("a background needs at least one row");
        }
        double[] mean = new double[m];
        double[] std = new double[m];
        for (int j = 0; j < m; j++) {
            double[] stats = stats(columns[j]);
            mean[j] = stats[0];
            std[j] = stats[1];
        }
        int[] picked = pick(n, maxRows, seed);
        double[][] rows = new double[picked.length][m];
        for (int i = 0; i < picked.length; i++) {
            for (int j = 0; j < m; j++) {
                rows[i][j] = columns[j][picked[i]];
            }
        }
        return new Background(featureNames, rows, mean, std);
    }

    private static double[] stats(double[] column) {
        double s = 0;
        double ss = 0;
        int n = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                s += v;
                ss += v * v;
                n++;
            }
        }
        double mean = n == 0 ? Double.NaN : s / n;
        double std = n < 2 ? 0 : Math.sqrt(Math.max(0, (ss - n * mean * mean) / (n - 1)));
        return new double[] {mean, std};
    }

    private static int[] pick(int n, int maxRows, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n <= maxRows) {
            return idx;
        }
        Random rnd = new Random(seed);
        for (int i = 0; i < maxRows; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, maxRows);
    }

    private static double[][] sample(double[][] data, int maxRows, long seed) {
        int[] picked = pick(data.length, maxRows, seed);
        double[][] out = new double[picked.length][];
        for (int i = 0; i < picked.length; i++) {
            out[i] = data[picked[i]];
        }
        return out;
    }

    /** Column names. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The sampled rows (shared: do not modify). */
    double[][] rows() {
        return rows;
    }

    /** Number of sampled rows. */
    public int size() {
        return rows.length;
    }

    /** Mean of column j (NaN when the column is always missing). */
    public double mean(int j) {
        return means[j];
    }

    /** Sample standard deviation of column j (0 for a constant column). */
    public double std(int j) {
        return stds[j];
    }

    /** Mean prediction of {@code f} over the sampled rows: the base value. */
    public double meanPrediction(PredictFunction f) {
        double s = 0;
        for (double p : f.predict(rows)) {
            s += p;
        }
        return s / rows.length;
    }
}
