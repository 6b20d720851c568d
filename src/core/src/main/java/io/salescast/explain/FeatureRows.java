package io.salescast.explain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Feature rows to explain or to compute importance on: a dense matrix with named columns, and
 * for each row the series, period and forecast step it belongs to (and the actual value when
 * known, for backtests).
 *
 * @param featureNames column names
 * @param values       one array per row, each {@code featureNames.size()} long (NaN = missing)
 * @param keys         what each row is, same length as {@code values}
 */
public record FeatureRows(List<String> featureNames, double[][] values, List<RowKey> keys) {

    /**
     * What a row is.
     *
     * @param uniqueId series id (may be null for synthetic rows)
     * @param ds       period (may be null)
     * @param step     forecast step, 1-based; 0 for rows that are not forecasts
     * @param actual   observed target in sales units, NaN when unknown
     */
    public record RowKey(String uniqueId, LocalDate ds, int step, double actual) {
        /** A key for a row with no identity (tests, synthetic data). */
        public static RowKey anonymous(int index) {
            return new RowKey(null, null, 0, Double.NaN);
        }
    }

    /** Validates shapes. */
    public FeatureRows {
        featureNames = List.copyOf(featureNames);
        keys = List.copyOf(keys);
        Objects.requireNonNull(values, "values");
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.length + " rows");
        }
        for (double[] r : values) {
            if (r.length != featureNames.size()) {
                throw new IllegalArgumentException("row of " + r.length + " values for " + featureNames.size() + " features");
            }
        }
    }

    /** Rows without identity. */
    public static FeatureRows anonymous(List<String> featureNames, double[][] values) {
        List<RowKey> keys = new java.util.ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            keys.add(RowKey.anonymous(i));
        }
        return new FeatureRows(featureNames, values, keys);
    }

    /** Number of rows. */
    public int size() {
        return values.length;
    }

    /** Index of a column, or -1. */
    public int column(String name) {
        return featureNames.indexOf(name);
    }

    /** Actual values of every row (NaN where unknown). */
    public double[] actuals() {
        return keys.stream().mapToDouble(RowKey::actual).toArray();
    }

    /** The rows whose index is listed, in that order. */
    public FeatureRows subset(int[] rows) {
        double[][] v = new double[rows.length][];
        List<RowKey> k = new java.util.ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            v[i] = values[rows[i]];
            k.add(keys.get(rows[i]));
        }
        return new FeatureRows(featureNames, v, k);
    }
}
