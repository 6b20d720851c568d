package io.salescast.evaluation;

import io.salescast.forecast.ForecastFrame;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of rolling-origin cross-validation: for each window (cutoff), the forecasts of every
 * model for every series alive at the cutoff, the actual values, and each series' MASE scale
 * computed from its history up to the cutoff. Its long form is
 * {@code unique_id, ds, cutoff, y, <model>, <model>-lo-80, ...} ({@link #columns()},
 * {@link BacktestCsv}). Immutable.
 */
public final class Backtest {

    /**
     * One series in one window.
     *
     * @param id       unique_id
     * @param cutoff   forecast origin (last period of the history)
     * @param start    first forecast period (the period after the cutoff)
     * @param actual   actual values of the forecast periods (NaN where not observed)
     * @param scale    MASE scale of the series at the cutoff (NaN when undefined)
     * @param columns  forecast columns by name (model aliases and interval columns), each as long
     *                 as {@code actual}; a model that produced nothing for the series is absent
     */
    public record Slice(String id, LocalDate cutoff, LocalDate start, double[] actual, double scale,
                        Map<String, double[]> columns) {
        /** Validates and freezes the column map. */
        public Slice {
            Objects.requireNonNull(id);
            Objects.requireNonNull(cutoff);
            Objects.requireNonNull(start);
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        /** Values of one column, or an array of NaN when the column is absent. */
        public double[] column(String name) {
            double[] v = columns.get(name);
            if (v == null) {
                v = new double[actual.length];
                java.util.Arrays.fill(v, Double.NaN);
            }
            return v;
        }
    }

    /**
     * One window.
     *
     * @param cutoff forecast origin
     * @param slices one slice per evaluated series
     */
    public record Window(LocalDate cutoff, List<Slice> slices) {
        /** Copies. */
        public Window {
            Objects.requireNonNull(cutoff);
            slices = List.copyOf(slices);
        }
    }

    private final Frequency frequency;
    private final int horizon;
    private final List<String> models;
    private final Set<String> baselines;
    private final List<Window> windows;
    private final Map<String, String> failures;

    /**
     * @param frequency period length
     * @param horizon   periods forecast in each window
     * @param models    model aliases in display order
     * @param baselines the aliases that are baselines
     * @param windows   windows in cutoff order
     * @param failures  model alias to the error that stopped it in some window (its forecasts are
     *                  then missing there)
     */
    public Backtest(Frequency frequency, int horizon, List<String> models, Set<String> baselines, List<Window> windows,
                    Map<String, String> failures) {
        this.frequency = Objects.requireNonNull(frequency);
        this.horizon = horizon;
        this.models = List.copyOf(models);
        this.baselines = Collections.unmodifiableSet(new LinkedHashSet<>(baselines));
        this.windows = List.copyOf(windows);
        this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** Period length. */
    public Frequency frequency() {
        return frequency;
    }

    /** Periods forecast in each window. */
    public int horizon() {
        return horizon;
    }

    /** Model aliases in display order. */
    public List<String> models() {
        return models;
    }

    /** Aliases that are baselines. */
    public Set<String> baselines() {
        return baselines;
    }

    /** Whether {@code alias} is a baseline. */
    public boolean isBaseline(String alias) {
        return baselines.contains(alias);
    }

    /** Windows in cutoff order. */
    public List<Window> windows() {
        return windows;
    }

    /** Cutoffs in order. */
    public List<LocalDate> cutoffs() {
        return windows.stream().map(Window::cutoff).toList();
    }

    /** Every (window, series) slice, window by window. */
    public List<Slice> slices() {
        List<Slice> out = new ArrayList<>();
        windows.forEach(w -> out.addAll(w.slices()));
        return out;
    }

    /** Model alias to the error message that stopped it in some window. */
    public Map<String, String> failures() {
        return failures;
    }

    /** Interval levels present for {@code model} (from its interval column names), ascending. */
    public List<Integer> levels(String model) {
        Set<Integer> levels = new java.util.TreeSet<>();
        String prefix = model + "-lo-";
        for (Slice s : slices()) {
            for (String c : s.columns().keySet()) {
                if (c.startsWith(prefix)) {
                    try {
                        levels.add(Integer.parseInt(c.substring(prefix.length())));
                    } catch (NumberFormatException e) {
                        // not an interval column of this model
                    }
                }
            }
        }
        return new ArrayList<>(levels);
    }

    /**
     * Column names of the long form: {@code unique_id, ds, cutoff, y}, then for each model its
     * point column followed by its interval columns ({@code lo} and {@code hi} per level).
     */
    public List<String> columns() {
        List<String> cols = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS, Columns.CUTOFF, Columns.Y));
        for (String m : models) {
            cols.add(m);
            for (int level : levels(m)) {
                cols.add(ForecastFrame.lo(m, level));
                cols.add(ForecastFrame.hi(m, level));
            }
        }
        return cols;
    }

    /** The same backtest with other windows (e.g. with interval columns added). */
    public Backtest withWindows(List<Window> newWindows) {
        return new Backtest(frequency, horizon, models, baselines, newWindows, failures);
    }
}
