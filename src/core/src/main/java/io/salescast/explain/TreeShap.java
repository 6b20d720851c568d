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
 * Additivity holds: {@code base + sum(contributions) == prediction} in the model's space, up to
 * float rounding (XGBoost works in 32-bit floats).
 *
 * <p>Rows are handed to XGBoost exactly as Tribuo does when it predicts: a CSR matrix whose column
 * ids come from the model's feature map and whose width is the map's size; a value of NaN is a
 * missing feature (left out of the row), every other value, zero included, is present. Feature
 * names the model never saw get a zero contribution. The boosters are copied once (Tribuo's
 * {@code getInnerModels()} deep-copies them) and reused; an instance is thread-safe.
 */
public final class TreeShap {

    private final Booster booster;
    private final ImmutableFeatureMap featureMap;

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
     *         (0 for columns the model does not know), and the bias (base value) last
     */
    public double[][] contributions(List<String> featureNames, double[][] rows) {
        int[] ids = ids(featureNames);
        float[][] raw;
        try {
            DMatrix dm = csr(ids, rows);
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

    /** Predictions straight from the booster, built the way Tribuo builds its rows. */
    public double[] predict(List<String> featureNames, double[][] rows) {
        int[] ids = ids(featureNames);
        try {
            DMatrix dm = csr(ids, rows);
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
     * Explains every row, in the model's space.
     *
     * @param model   alias written into the results
     * @param rows    rows with their keys
     * @param catalog readable names and families
     * @return one explanation per row, method {@link Method#TREE_SHAP}, fidelity 1
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

    /** CSR rows in ascending column id, NaN left out, as Tribuo's XGBoostTrainer builds them. */
    private DMatrix csr(int[] ids, double[][] rows) throws XGBoostError {
        Integer[] order = new Integer[ids.length];
        for (int j = 0; j < ids.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(j -> ids[j]));
        long[] headers = new long[rows.length + 1];
        int[] indices = new int[rows.length * ids.length];
        float[] data = new float[rows.length * ids.length];
        int k = 0;
        for (int r = 0; r < rows.length; r++) {
            for (Integer j : order) {
                double v = rows[r][j];
                if (ids[j] >= 0 && !Double.isNaN(v)) {
                    indices[k] = ids[j];
                    data[k] = (float) v;
                    k++;
                }
            }
            headers[r + 1] = k;
        }
        return new DMatrix(headers, java.util.Arrays.copyOf(indices, k), java.util.Arrays.copyOf(data, k),
                DMatrix.SparseType.CSR, featureMap.size());
    }
}
