package io.salescast.evaluation;

import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Split-conformal prediction intervals calibrated on backtest residuals, per model and horizon
 * step. For each model and step h the nonconformity scores are the absolute errors
 * |actual - forecast| of all backtest points at that step, divided by the series' MASE scale when
 * {@link Scaling#SERIES} (so that one calibration serves large and small sellers). The half-width
 * at level L is the ceil((n+1)L/100)-th smallest score (the finite-sample conformal quantile; with
 * too few scores the largest is used and {@link #sufficient} says so), multiplied back by the
 * series' scale. Intervals are {@code forecast -/+ half-width}, the lower bound clamped at zero for
 * non-negative targets. Steps beyond the backtest horizon reuse the last step's width. Series
 * without a usable scale (constant history) get the unscaled (absolute-error) width. Immutable.
 */
public final class ConformalCalibrator {

    /** Interval levels used when the user chooses none: 80 and 95 percent. */
    public static final List<Integer> DEFAULT_LEVELS = List.of(80, 95);

    /** How residuals are normalised across series. */
    public enum Scaling {
        /** Absolute errors in units; one width for all series. */
        NONE,
        /** Absolute errors divided by each series' MASE scale (in-sample seasonal naive MAE). */
        SERIES
    }

    /** Widths of one model: [level][step] for scaled and absolute scores, and sample counts. */
    private record Table(double[][] scaled, double[][] absolute, int[] scaledCounts, int[] absoluteCounts) {
    }

    private final int[] levels;
    private final Scaling scaling;
    private final Map<String, Table> tables;

    private ConformalCalibrator(int[] levels, Scaling scaling, Map<String, Table> tables) {
        this.levels = levels.clone();
        this.scaling = scaling;
        this.tables = Collections.unmodifiableMap(tables);
    }

    /** Calibrates every model of {@code backtest} at {@code levels} (percent, e.g. 80 and 95). */
    public static ConformalCalibrator fit(Backtest backtest, int[] levels, Scaling scaling) {
        return fit(backtest, levels, scaling, s -> true);
    }

    private static ConformalCalibrator fit(Backtest backtest, int[] levels, Scaling scaling, Predicate<Backtest.Slice> use) {
        for (int level : levels) {
            if (level <= 0 || level >= 100) {
                throw new IllegalArgumentException("interval level must be between 1 and 99 percent, got " + level);
            }
        }
        int horizon = backtest.horizon();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String model : backtest.models()) {
            List<List<Double>> scaled = new ArrayList<>();
            List<List<Double>> absolute = new ArrayList<>();
            for (int h = 0; h < horizon; h++) {
                scaled.add(new ArrayList<>());
                absolute.add(new ArrayList<>());
            }
            for (Backtest.Slice s : backtest.slices()) {
                if (!use.test(s)) {
                    continue;
                }
                double[] f = s.column(model);
                for (int h = 0; h < s.actual().length; h++) {
                    double e = Math.abs(s.actual()[h] - f[h]);
                    if (Double.isNaN(e)) {
                        continue;
                    }
                    absolute.get(h).add(e);
                    if (s.scale() > 0) {
                        scaled.get(h).add(e / s.scale());
                    }
                }
            }
            tables.put(model, table(levels, scaled, absolute));
        }
        return new ConformalCalibrator(levels, scaling, tables);
    }

    private static Table table(int[] levels, List<List<Double>> scaled, List<List<Double>> absolute) {
        int horizon = scaled.size();
        double[][] qs = new double[levels.length][horizon];
        double[][] qa = new double[levels.length][horizon];
        int[] ns = new int[horizon];
        int[] na = new int[horizon];
        for (int h = 0; h < horizon; h++) {
            double[] s = scaled.get(h).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] a = absolute.get(h).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            ns[h] = s.length;
            na[h] = a.length;
            for (int i = 0; i < levels.length; i++) {
                qs[i][h] = quantile(s, levels[i]);
                qa[i][h] = quantile(a, levels[i]);
            }
        }
        return new Table(qs, qa, ns, na);
    }

    /**
     * The finite-sample conformal quantile of sorted scores: the ceil((n+1) level/100)-th smallest,
     * the largest when that rank exceeds n, NaN without scores.
     */
    static double quantile(double[] sorted, int level) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil((n + 1) * level / 100.0 - 1e-9);
        return sorted[Math.min(Math.max(k, 1), n) - 1];
    }

    /** Interval levels in percent. */
    public int[] levels() {
        return levels.clone();
    }

    /** Residual scaling. */
    public Scaling scaling() {
        return scaling;
    }

    /** Models calibrated. */
    public Set<String> models() {
        return tables.keySet();
    }

    /**
     * Whether every step of {@code model} had enough scores for an exact conformal quantile at
     * {@code level} (n + 1 >= 100 / (100 - level): 4 for 80%, 19 for 95%).
     */
    public boolean sufficient(String model, int level) {
        Table t = tables.get(model);
        if (t == null) {
            return false;
        }
        int need = (int) Math.ceil(100.0 / (100 - level)) - 1;
        for (int n : scaling == Scaling.SERIES ? t.scaledCounts() : t.absoluteCounts()) {
            if (n < need) {
                return false;
            }
        }
        return true;
    }

    /**
     * Half-width of the interval of {@code model} at {@code level} for step {@code step}
     * (1-based) of a series with scale {@code seriesScale} (ignored without series scaling).
     */
    public double halfWidth(String model, int level, int step, double seriesScale) {
        Table t = tables.get(model);
        int li = indexOf(level);
        if (t == null || li < 0) {
            return Double.NaN;
        }
        int h = Math.min(step, t.absolute()[li].length) - 1;
        if (h < 0) {
            return Double.NaN;
        }
        if (scaling == Scaling.SERIES && seriesScale > 0 && !Double.isNaN(t.scaled()[li][h])) {
            return t.scaled()[li][h] * seriesScale;
        }
        return t.absolute()[li][h];
    }

    private int indexOf(int level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds (or replaces) interval columns {@code alias-lo-L} / {@code alias-hi-L} for every
     * calibrated model present in {@code frame}, with series scales computed from
     * {@code history} (the data the forecasts were made from).
     */
    public ForecastFrame apply(ForecastFrame frame, SalesPanel history, boolean nonNegative) {
        Map<String, Double> scales = new LinkedHashMap<>();
        int season = history.frequency().seasonLength();
        for (SalesSeries s : history.series()) {
            scales.put(s.id(), Metrics.seasonalNaiveScale(s.y(), season));
        }
        return apply(frame, scales, nonNegative);
    }

    /** As {@link #apply(ForecastFrame, SalesPanel, boolean)} with the series scales given. */
    public ForecastFrame apply(ForecastFrame frame, Map<String, Double> seriesScales, boolean nonNegative) {
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (ForecastFrame.SeriesForecast sf : frame.series()) {
            double scale = seriesScales.getOrDefault(sf.id(), Double.NaN);
            out.add(new ForecastFrame.SeriesForecast(sf.id(), sf.start(), intervals(sf.columns(), scale, nonNegative)));
        }
        return new ForecastFrame(frame.frequency(), out);
    }

    private Map<String, double[]> intervals(Map<String, double[]> columns, double scale, boolean nonNegative) {
        Map<String, double[]> cols = new LinkedHashMap<>(columns);
        for (String model : tables.keySet()) {
            double[] point = columns.get(model);
            if (point == null) {
                continue;
            }
            for (int level : levels) {
                double[] lo = new double[point.length];
                double[] hi = new double[point.length];
                for (int h = 0; h < point.length; h++) {
                    double w = halfWidth(model, level, h + 1, scale);
                    lo[h] = point[h] - w;
                    hi[h] = point[h] + w;
                    if (nonNegative) {
                        lo[h] = Math.max(0, lo[h]);
                        hi[h] = Math.max(0, hi[h]);
                    }
                }
                cols.put(ForecastFrame.lo(model, level), lo);
                cols.put(ForecastFrame.hi(model, level), hi);
            }
        }
        return cols;
    }

    /** The backtest with this calibrator's intervals on every slice (in-sample: optimistic). */
    public Backtest applyTo(Backtest backtest, boolean nonNegative) {
        List<Backtest.Window> windows = new ArrayList<>();
        for (Backtest.Window w : backtest.windows()) {
            windows.add(new Backtest.Window(w.cutoff(), w.slices().stream().map(s -> withIntervals(s, this, nonNegative)).toList()));
        }
        return backtest.withWindows(windows);
    }

    /**
     * The backtest with cross-fitted conformal intervals: each window's intervals are calibrated
     * on the other windows only, so their coverage is an honest estimate of future coverage. With
     * a single window the in-sample calibration is used.
     */
    public static Backtest crossFitted(Backtest backtest, int[] levels, Scaling scaling, boolean nonNegative) {
        if (backtest.windows().size() < 2) {
            return fit(backtest, levels, scaling).applyTo(backtest, nonNegative);
        }
        List<Backtest.Window> windows = new ArrayList<>();
        for (Backtest.Window w : backtest.windows()) {
            ConformalCalibrator others = fit(backtest, levels, scaling, s -> !s.cutoff().equals(w.cutoff()));
            windows.add(new Backtest.Window(w.cutoff(), w.slices().stream().map(s -> withIntervals(s, others, nonNegative)).toList()));
        }
        return backtest.withWindows(windows);
    }

    private static Backtest.Slice withIntervals(Backtest.Slice s, ConformalCalibrator c, boolean nonNegative) {
        return new Backtest.Slice(s.id(), s.cutoff(), s.start(), s.actual(), s.scale(),
                c.intervals(s.columns(), s.scale(), nonNegative));
    }

    /**
     * Empirical coverage of one model at one level.
     *
     * @param model       alias
     * @param level       nominal level in percent
     * @param inSample    coverage on the backtest the intervals were calibrated on
     * @param crossFitted coverage when each window is calibrated on the other windows (NaN with one window)
     * @param meanWidth   mean width of the cross-fitted intervals (in-sample with one window)
     * @param sufficient  whether there were enough scores for an exact conformal quantile
     */
    public record Coverage(String model, int level, double inSample, double crossFitted, double meanWidth,
                           boolean sufficient) {
    }

    /** Coverage of every calibrated model at every level on {@code backtest}. */
    public List<Coverage> coverage(Backtest backtest, boolean nonNegative) {
        Leaderboard in = Leaderboard.of(applyTo(backtest, nonNegative), Metric.MAE);
        boolean cross = backtest.windows().size() >= 2;
        Leaderboard cf = Leaderboard.of(crossFitted(backtest, levels, scaling, nonNegative), Metric.MAE);
        List<Coverage> out = new ArrayList<>();
        for (String model : tables.keySet()) {
            for (int level : levels) {
                Scores.IntervalScore a = in.row(model).orElseThrow().overall().interval(level);
                Scores.IntervalScore b = cf.row(model).orElseThrow().overall().interval(level);
                out.add(new Coverage(model, level, a.coverage(), cross ? b.coverage() : Double.NaN, b.meanWidth(),
                        sufficient(model, level)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ConformalCalibrator" + Arrays.toString(levels) + " " + scaling + " " + tables.keySet();
    }
}
