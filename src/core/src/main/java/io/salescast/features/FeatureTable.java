package io.salescast.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named, column-major feature matrix: one row per (series, period), one column per feature,
 * {@code NaN} where a value is not available (e.g. a lag before the series started). Rows carry the
 * series, the period label and the (transformed) target. Immutable: accessors return the
 * internal arrays, which callers must not modify.
 */
public final class FeatureTable {

    private final List<FeatureInfo> features;
    private final Map<String, Integer> index;
    private final double[][] columns;
    private final List<String> seriesIds;
    private final int[] seriesIndex;
    private final int[] period;
    private final long[] epochDay;
    private final double[] target;

    /**
     * @param features    column descriptions, in column order
     * @param columns     {@code columns[j][row]} values of feature j
     * @param seriesIds   ids of the series rows refer to
     * @param seriesIndex for each row, index into {@code seriesIds}
     * @param period      for each row, the 0-based period index within its series
     * @param epochDay    for each row, the period label as {@link LocalDate#toEpochDay()}
     * @param target      for each row, the transformed target ({@code NaN} when unknown, e.g. forecast rows)
     */
    public FeatureTable(List<FeatureInfo> features, double[][] columns, List<String> seriesIds, int[] seriesIndex,
                        int[] period, long[] epochDay, double[] target) {
        this.features = List.copyOf(features);
        this.columns = Objects.requireNonNull(columns);
        this.seriesIds = List.copyOf(seriesIds);
        this.seriesIndex = seriesIndex;
        this.period = period;
        this.epochDay = epochDay;
        this.target = target;
        if (columns.length != this.features.size()) {
            throw new IllegalArgumentException(columns.length + " columns for " + this.features.size() + " features");
        }
        int n = seriesIndex.length;
        for (double[] c : columns) {
            if (c.length != n) {
                throw new IllegalArgumentException("column length " + c.length + " != " + n);
            }
        }
        if (period.length != n || epochDay.length != n || target.length != n) {
            throw new IllegalArgumentException("row arrays differ in length");
        }
        Map<String, Integer> idx = new HashMap<>();
        for (int j = 0; j < this.features.size(); j++) {
            if (idx.put(this.features.get(j).name(), j) != null) {
                throw new IllegalArgumentException("duplicate feature " + this.features.get(j).name());
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** Column descriptions in column order. */
    public List<FeatureInfo> features() {
        return features;
    }

    /** Column names in column order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(features.size());
        for (FeatureInfo f : features) {
            out.add(f.name());
        }
        return out;
    }

    /** Number of feature columns. */
    public int columnCount() {
        return columns.length;
    }

    /** Number of rows. */
    public int rowCount() {
        return seriesIndex.length;
    }

    /** Index of a column by name, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Values of column {@code j} (internal array: do not modify). */
    public double[] column(int j) {
        return columns[j];
    }

    /** Values of a column by name. */
    public double[] column(String name) {
        int j = indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no feature " + name + " in " + names());
        }
        return columns[j];
    }

    /** One value. */
    public double value(int row, int column) {
        return columns[column][row];
    }

    /** A copy of one row's feature values in column order. */
    public double[] row(int row) {
        double[] out = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            out[j] = columns[j][row];
        }
        return out;
    }

    /** Ids of the series the rows refer to. */
    public List<String> seriesIds() {
        return seriesIds;
    }

    /** Series id of a row. */
    public String seriesId(int row) {
        return seriesIds.get(seriesIndex[row]);
    }

    /** Index into {@link #seriesIds()} of a row. */
    public int seriesIndex(int row) {
        return seriesIndex[row];
    }

    /** 0-based period index of a row within its series. */
    public int period(int row) {
        return period[row];
    }

    /** Period label of a row. */
    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(epochDay[row]);
    }

    /** Transformed target of a row ({@code NaN} when unknown). */
    public double target(int row) {
        return target[row];
    }

    /** Approximate heap size of the values in bytes. */
    public long sizeInBytes() {
        return (long) rowCount() * (columns.length * 8L + 28L);
    }

    /**
     * Rows of several tables with the same columns and series, one after the other (e.g. the
     * rows of every step of a recursive forecast).
     */
    public static FeatureTable concat(List<FeatureTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        FeatureTable first = tables.get(0);
        int n = 0;
        for (FeatureTable t : tables) {
            if (!t.features.equals(first.features) || !t.seriesIds.equals(first.seriesIds)) {
                throw new IllegalArgumentException("tables differ in columns or series");
            }
            n += t.rowCount();
        }
        double[][] cols = new double[first.columnCount()][n];
        int[] si = new int[n];
        int[] per = new int[n];
        long[] day = new long[n];
        double[] tg = new double[n];
        int off = 0;
        for (FeatureTable t : tables) {
            int m = t.rowCount();
            for (int j = 0; j < cols.length; j++) {
                System.arraycopy(t.columns[j], 0, cols[j], off, m);
            }
            System.arraycopy(t.seriesIndex, 0, si, off, m);
            System.arraycopy(t.period, 0, per, off, m);
            System.arraycopy(t.epochDay, 0, day, off, m);
            System.arraycopy(t.target, 0, tg, off, m);
            off += m;
        }
        return new FeatureTable(first.features, cols, first.seriesIds, si, per, day, tg);
    }
}
