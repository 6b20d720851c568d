package io.salescast.explain;

import java.util.List;

/**
 * A fitted model seen as a function of named numeric features: what the model-agnostic methods
 * ({@link LocalSurrogate}, {@link KernelShap}, {@link PermutationImportance}) need and all they
 * need. Implementations must be thread-safe for concurrent {@link #predict} calls or document
 * otherwise; they predict in the model's own space (before any inverse target transform).
 */
public interface PredictFunction {

    /** Feature names, in the column order of the rows passed to {@link #predict(double[][])}. */
    List<String> featureNames();

    /**
     * Predicts many rows at once.
     *
     * @param rows one array per row, each with one value per feature (NaN = missing)
     * @return one prediction per row
     */
    double[] predict(double[][] rows);

    /** Predicts one row. */
    default double predict(double[] row) {
        return predict(new double[][] {row})[0];
    }

    /** Number of features. */
    default int width() {
        return featureNames().size();
    }
}
