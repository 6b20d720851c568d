package io.salescast.series;

import io.salescast.ingest.RawColumn;

import java.util.Arrays;

/**
 * Combines one numeric column's rows into per-series, per-period values with an
 * {@link Aggregation}, then fills empty periods by a {@link FillRule}. For the target, a period
 * with rows whose values are missing stays missing: a bad cell never becomes zero.
 */
final class ColumnAccumulator {

    final String name;
    final Aggregation aggregation;
    final FillRule fill;
    private final RawColumn column;
    private final boolean target;
    private double[][] value;
    private int[][] count;
    private long[][] when;
    private boolean[][] poisoned;
    private int[][] rows;

    ColumnAccumulator(RawColumn column, Aggregation aggregation, FillRule fill, boolean target) {
        this.column = column;
        this.name = column.name();
        this.aggregation = aggregation;
        this.fill = fill;
        this.target = target;
    }

    void allocate(int[] lengths) {
        int n = lengths.length;
        value = new double[n][];
        count = new int[n][];
        if (aggregation == Aggregation.FIRST || aggregation == Aggregation.LAST) {
            when = new long[n][];
        }
        poisoned = new boolean[n][];
        if (target) {
            rows = new int[n][];
        }
        for (int s = 0; s < n; s++) {
            value[s] = new double[lengths[s]];
            count[s] = new int[lengths[s]];
            if (when != null) {
                when[s] = new long[lengths[s]];
            }
            poisoned[s] = new boolean[lengths[s]];
            if (target) {
                rows[s] = new int[lengths[s]];
            }
        }
    }

    /** Adds the value of table row {@code row} (time {@code time}) to series s, period t. */
    void add(int s, int t, int row, long time) {
        double x = column.number(row);
        if (target) {
            rows[s][t]++;
            if (Double.isNaN(x)) {
                poisoned[s][t] = true;
                return;
            }
        } else if (Double.isNaN(x)) {
            // a blank covariate cell is simply unknown; an unreadable one keeps the period missing
            if (column.isInvalid(row)) {
                poisoned[s][t] = true;
            }
            return;
        }
        int c = count[s][t]++;
        double[] v = value[s];
        switch (aggregation) {
            case SUM, MEAN -> v[t] += x;
            case MAX -> v[t] = c == 0 ? x : Math.max(v[t], x);
            case MIN -> v[t] = c == 0 ? x : Math.min(v[t], x);
            case FIRST -> {
                if (c == 0 || time < when[s][t]) {
                    v[t] = x;
                    when[s][t] = time;
                }
            }
            case LAST -> {
                if (c == 0 || time >= when[s][t]) {
                    v[t] = x;
                    when[s][t] = time;
                }
            }
        }
    }

    /**
     * The finished values of series s; empty periods are filled.
     *
     * @param filled receives, at index 0, the number of periods filled
     * @param missing receives, at index 0, the number of periods left missing because of unreadable values
     */
    double[] finish(int s, long[] filled, long[] missing) {
        double[] v = value[s];
        int[] c = count[s];
        double[] out = Arrays.copyOf(v, v.length);
        double last = Double.NaN;
        for (int t = 0; t < out.length; t++) {
            boolean empty = target ? rows[s][t] == 0 : c[t] == 0 && !poisoned[s][t];
            if (!empty && (poisoned[s][t] || c[t] == 0)) {
                out[t] = Double.NaN;
                missing[0]++;
                continue;
            }
            if (empty) {
                out[t] = switch (fill) {
                    case ZERO -> 0.0;
                    case FORWARD -> last;
                    case MISSING -> Double.NaN;
                };
                filled[0]++;
            } else if (aggregation == Aggregation.MEAN) {
                out[t] = v[t] / c[t];
            }
            if (!Double.isNaN(out[t])) {
                last = out[t];
            }
        }
        value[s] = null;
        count[s] = null;
        return out;
    }
}
