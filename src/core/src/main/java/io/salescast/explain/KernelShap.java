package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Kernel SHAP (Lundberg and Lee, 2017): Shapley values of any model, estimated by a weighted
 * linear regression over coalitions of "players" (features, or whole families) with the Shapley
 * kernel. A coalition's value is the mean prediction over the background rows with the coalition's
 * columns set to the point's values (interventional, features assumed independent).
 *
 * <p>All {@code 2^M - 2} coalitions are enumerated with their exact kernel weights when that fits
 * in the sample budget (then the values are the exact interventional Shapley values); otherwise
 * coalition sizes are drawn in proportion to their total kernel weight, each with its complement
 * (paired sampling), from a seeded generator. The constraint {@code sum = f(x) - base} is imposed
 * exactly, so additivity holds by construction. Fidelity is the weighted R² of the additive fit
 * over the coalitions. Cost: {@code coalitions x background} predictions per point.
 */
public final class KernelShap {

    /**
     * Settings.
     *
     * @param maxCoalitions coalition budget per point (at least 16)
     * @param byFamily      players are families (few players: exact and cheap) instead of features
     * @param seed          seed of the coalition sampling
     */
    public record Options(int maxCoalitions, boolean byFamily, long seed) {
        /** Validates. */
        public Options {
            if (maxCoalitions < 16) {
                throw new IllegalArgumentException("Kernel SHAP needs at least 16 coalitions");
            }
        }

        /** 2048 coalitions, per feature. */
        public static Options defaults(long seed) {
            return new Options(2048, false, seed);
        }
    }

    private final PredictFunction model;
    private final Background background;
    private final Options options;
    private final List<Player> players;
    private final double base;

    private record Player(FeatureLabel label, int[] columns) {
    }

    /**
     * @param model      the model, in its own space
     * @param background typical rows (a few dozen are enough; cost grows linearly)
     * @param catalog    readable names and families
     * @param options    settings
     */
    public KernelShap(PredictFunction model, Background background, FeatureCatalog catalog, Options options) {
        if (!model.featureNames().equals(background.featureNames())) {
            throw new IllegalArgumentException("background columns differ from the model's");
        }
        this.model = model;
        this.background = background;
        this.options = options;
        this.players = players(model.featureNames(), catalog, options.byFamily());
        this.base = background.meanPrediction(model);
    }

    private static List<Player> players(List<String> names, FeatureCatalog catalog, boolean byFamily) {
        List<Player> out = new ArrayList<>();
        if (!byFamily) {
            for (int j = 0; j < names.size(); j++) {
                out.add(new Player(catalog.label(names.get(j)), new int[] {j}));
            }
            return out;
        }
        for (FeatureFamily f : FeatureFamily.values()) {
            int[] cols = java.util.stream.IntStream.range(0, names.size())
                    .filter(j -> catalog.family(names.get(j)) == f).toArray();
            if (cols.length > 0) {
                out.add(new Player(new FeatureLabel(f.code(), f.label(), f), cols));
            }
        }
        return out;
    }

    /** The base value: mean prediction over the background. */
    public double base() {
        return base;
    }

    /** Explains one row; the result is in the model's space. */
    public PointExplanation explain(String alias, double[] x, FeatureRows.RowKey key) {
        int m = players.size();
        double fx = model.predict(x);
        double[] phi = new double[m];
        double fidelity = 1;
        if (m == 1) {
            phi[0] = fx - base;
        } else if (m > 1) {
            Coalitions co = Coalitions.of(m, options.maxCoalitions(), new Random(options.seed()));
            double[] v = values(x, co.masks());
            fidelity = solve(co, v, fx, phi);
        }
        List<FeatureContribution> cs = new ArrayList<>(m);
        for (int p = 0; p < m; p++) {
            Player pl = players.get(p);
            double value = pl.columns().length == 1 ? x[pl.columns()[0]] : Double.NaN;
            cs.add(FeatureContribution.of(pl.label(), value, phi[p]));
        }
        return new PointExplanation(alias, key.uniqueId(), key.ds(), key.step(), base, fx, cs, Method.KERNEL_SHAP,
                fidelity, Units.MODEL);
    }

    /** Explains every row. */
    public List<PointExplanation> explain(String alias, FeatureRows rows) {
        List<PointExplanation> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(explain(alias, rows.values()[i], rows.keys().get(i)));
        }
        return out;
    }

    /** Mean prediction over the background with each coalition's columns taken from x. */
    private double[] values(double[] x, boolean[][] masks) {
        double[][] bg = background.rows();
        double[][] batch = new double[masks.length * bg.length][];
        int r = 0;
        for (boolean[] mask : masks) {
            for (double[] b : bg) {
                double[] row = b.clone();
                for (int p = 0; p < mask.length; p++) {
                    if (mask[p]) {
                        for (int j : players.get(p).columns()) {
                            row[j] = x[j];
                        }
                    }
                }
                batch[r++] = row;
            }
        }
        double[] pred = model.predict(batch);
        double[] v = new double[masks.length];
        for (int c = 0; c < masks.length; c++) {
            double s = 0;
            for (int i = 0; i < bg.length; i++) {
                s += pred[c * bg.length + i];
            }
            v[c] = s / bg.length;
        }
        return v;
    }

    /** Constrained weighted least squares; fills phi and returns the weighted R². */
    private double solve(Coalitions co, double[] v, double fx, double[] phi) {
        int m = phi.length;
        int n = v.length;
        double total = fx - base;
        double[][] design = new double[n][m - 1];
        double[] y = new double[n];
        for (int c = 0; c < n; c++) {
            boolean[] z = co.masks()[c];
            double zLast = z[m - 1] ? 1 : 0;
            for (int p = 0; p < m - 1; p++) {
                design[c][p] = (z[p] ? 1 : 0) - zLast;
            }
            y[c] = v[c] - base - zLast * total;
        }
        WeightedRidge fit;
        try {
            fit = WeightedRidge.fit(design, y, co.weights(), 0, false);
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            // too few distinct coalitions for the players: the smallest penalty that makes it solvable
            fit = WeightedRidge.fit(design, y, co.weights(), 1e-8, false);
        }
        double rest = total;
        for (int p = 0; p < m - 1; p++) {
            phi[p] = fit.coefficients()[p];
            rest -= phi[p];
        }
        phi[m - 1] = rest;
        return fidelity(co, v, phi);
    }

    private double fidelity(Coalitions co, double[] v, double[] phi) {
        double sw = 0;
        double mean = 0;
        for (int c = 0; c < v.length; c++) {
            sw += co.weights()[c];
            mean += co.weights()[c] * v[c];
        }
        mean /= sw;
        double ssRes = 0;
        double ssTot = 0;
        for (int c = 0; c < v.length; c++) {
            double fit = base;
            for (int p = 0; p < phi.length; p++) {
                fit += co.masks()[c][p] ? phi[p] : 0;
            }
            double w = co.weights()[c];
            ssRes += w * (v[c] - fit) * (v[c] - fit);
            ssTot += w * (v[c] - mean) * (v[c] - mean);
        }
        return ssTot <= 1e-12 ? 1 : 1 - ssRes / ssTot;
    }
}
