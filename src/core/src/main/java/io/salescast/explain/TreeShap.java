package io.salescast.explain;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact per-prediction contributions (TreeSHAP) of a Tribuo XGBoost regression model, computed by
 * XGBoost itself ({@code Booster.predictContrib}) and mapped back to the model's feature names.
 * Additivity holds: {@code base + sum(contributions) == margin}, up to float rounding (XGBoost
 * works in 32-bit floats), where the margin is the sum of the trees. The model's output is
 * {@link #link()} of the margin: the margin itself for squared error, {@code exp(margin)} for the
 * Tweedie, Gamma and Poisson objectives (log link). Explanations are therefore produced in margin
 * space and restated in units by {@link UnitsMapping} with the link composed into the transform.
 *
 * <p>Rows are handed to XGBoost as Tribuo does when it predicts: column ids come from the model's
 * feature map and the width is the map's size; a value of NaN is a missing feature (Tribuo
 * leaves it out of its CSR row), every other value, zero included, is present. Feature
 * names the model never saw get a zero contribution. The boosters are copied once (Tribuo's
 * {@code getInnerModels()} deep-copies them) and reused; an instance is thread-safe.
 */
public final class TreeShap {

    private final Booster booster;
    private final ImmutableFeatureMap featureMap;
    private final boolean logLink;

    /**
     * @param model a single-output XGBoost regression model
     * @throws IllegalArgumentException when the model has several output dimensions
     */
    public TreeShap(XGBoostModel<Regressor> model) {
        List<Booster> boosters = model.getInnerModels();
        if (boosters.size() != 1) {
            throw new IllegalArgumentException("TreeSHAP explains single-output regression models; this one has "
                    + boosters.size() + " outputs");
        }
        this.booster = boosters.get(0);
        this.featureMap = model.getFeatureIDMap();
        this.logLink = detectLogLink();
    }

    /**
     * Finds the link between margin and output by predicting one probe row both ways: output ==
     * margin (identity) or output == exp(margin) (log link).
     */
    private boolean detectLogLink() {
        try {
            double[][] zeros = {new double[featureMap.size()]};
            int[] all = java.util.stream.IntStream.range(0, featureMap.size()).toArray();
            DMatrix probe = matrix(all, zeros);
            try {
                double margin = booster.predict(probe, true)[0][0];
                double output = booster.predict(probe)[0][0];
                double tol = 1e-5 * Math.max(1, Math.abs(output));
                if (Math.abs(output - margin) <= tol) {
                    return false;
                }
                if (Math.abs(output - Math.exp(margin)) <= tol) {
                    return true;
                }
                throw new IllegalArgumentException("TreeSHAP supports XGBoost regression with an identity or log link;"
                        + " this model maps margin " + margin + " to " + output);
            } finally {
                probe.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not predict: " + e.getMessage(), e);
        }
    }

    /** The model's output as a function of the margin: identity, or {@code exp} for a log link. */
    public OutputTransform link() {
        return logLink ? Math::exp : OutputTransform.identity();
    }

    /** Whether the objective has a log link (Tweedie, Gamma, Poisson). */
    public boolean logLink() {
        return logLink;
    }

    /** Whether {@code model} is an XGBoost regression model this class can explain exactly. */
    public static boolean supports(Model<?> model) {
        return model instanceof XGBoostModel<?> x && x.getOutputIDInfo().size() == 1
                && x.getOutputIDInfo().getDomain().iterator().next() instanceof Regressor;
    }

    /** Names of the features the model was trained on, in id order. */
    public List<String> modelFeatureNames() {
        List<String> names = new ArrayList<>(featureMap.size());
        for (int i = 0; i < featureMap.size(); i++) {
            names.add(featureMap.get(i).getName());
        }
        return names;
    }

    /**
     * Raw TreeSHAP values.
     *
     * @param featureNames column names of {@code rows}
     * @param rows         feature values (NaN = missing)
     * @return {@code [rows][featureNames.size() + 1]}: one contribution per column of the input
     *         (0 for columns the model does not know), and the bias (base value) last; they sum
     *         to the margin
     */
    public double[][] contributions(List<String> featureNames, double[][] rows) {
        int[] ids = ids(featureNames);
        float[][] raw;
        try {
            DMatrix dm = matrix(ids, rows);
            try {
                raw = booster.predictContrib(dm, 0);
            } finally {
                dm.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not compute contributions: " + e.getMessage(), e);
        }
        int m = featureNames.size();
        int bias = featureMap.size();
        double[][] out = new double[rows.length][m + 1];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < m; j++) {
                out[r][j] = ids[j] < 0 ? 0 : raw[r][ids[j]];
            }
            out[r][m] = raw[r][bias];
        }
        return out;
    }

    /** Predictions (model output, after the link) straight from the booster, with rows built as Tribuo builds them. */
    public double[] predict(List<String> featureNames, double[][] rows) {
        int[] ids = ids(featureNames);
        try {
            DMatrix dm = matrix(ids, rows);
            try {
                float[][] p = booster.predict(dm);
                double[] out = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    out[r] = p[r][0];
                }
                return out;
            } finally {
                dm.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not predict: " + e.getMessage(), e);
        }
    }

    /** A {@link PredictFunction} over the given columns, predicting through the booster. */
    public PredictFunction predictFunction(List<String> featureNames) {
        List<String> names = List.copyOf(featureNames);
        return new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return names;
            }

            @Override
            public double[] predict(double[][] rows) {
                return TreeShap.this.predict(names, rows);
            }
        };
    }

    /**
     * Explains every row, in margin space (the model's output is {@link #link()} of it).
     *
     * @param model   alias written into the results
     * @param rows    rows with their keys
     * @param catalog readable names and families
     * @return one explanation per row, method {@link Method#TREE_SHAP}, fidelity 1, units
     *         {@link Units#MODEL} (the margin)
     */
    public List<PointExplanation> explain(String model, FeatureRows rows, FeatureCatalog catalog) {
        double[][] phi = contributions(rows.featureNames(), rows.values());
        List<FeatureLabel> labels = catalog.labels(rows.featureNames());
        int m = labels.size();
        List<PointExplanation> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<FeatureContribution> cs = new ArrayList<>(m);
            double sum = phi[r][m];
            for (int j = 0; j < m; j++) {
                cs.add(FeatureContribution.of(labels.get(j), rows.values()[r][j], phi[r][j]));
                sum += phi[r][j];
            }
            FeatureRows.RowKey k = rows.keys().get(r);
            out.add(new PointExplanation(model, k.uniqueId(), k.ds(), k.step(), phi[r][m], sum, cs, Method.TREE_SHAP, 1.0,
                    Units.MODEL));
        }
        return out;
    }

    private int[] ids(List<String> featureNames) {
        int[] ids = new int[featureNames.size()];
        boolean[] seen = new boolean[featureMap.size()];
        for (int j = 0; j < ids.length; j++) {
            VariableInfo info = featureMap.get(featureNames.get(j));
            ids[j] = info == null ? -1 : featureMap.getID(featureNames.get(j));
            if (ids[j] >= 0) {
                if (seen[ids[j]]) {
                    throw new IllegalArgumentException("feature " + featureNames.get(j) + " is listed twice");
                }
                seen[ids[j]] = true;
            }
        }
        return ids;
    }

    /**
     * The rows as XGBoost sees them when Tribuo predicts: column ids from the feature map, width
     * = the map's size, NaN (and every column the rows do not have) missing, zero present. A
     * dense matrix with NaN as the missing value holds exactly what Tribuo's CSR rows hold, and
     * xgboost4j builds it far faster (tens of milliseconds less per call for a single row).
     */
    private DMatrix matrix(int[] ids, double[][] rows) throws XGBoostError {
        int width = featureMap.size();
        float[] data = new float[rows.length * width];
        java.util.Arrays.fill(data, Float.NaN);
        for (int r = 0; r < rows.length; r++) {
            int off = r * width;
            for (int j = 0; j < ids.length; j++) {
                if (ids[j] >= 0) {
                    data[off + ids[j]] = (float) rows[r][j];
                }
            }
        }
        return new DMatrix(data, rows.length, width, Float.NaN);
    }
}
