package io.salescast.app.viewmodel;

import io.salescast.app.chart.ChartBand;
import io.salescast.app.chart.ChartData;
import io.salescast.app.chart.ChartSeries;
import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.evaluation.Scores;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.Frequency;
import io.salescast.series.SalesSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the results charts: history with forecasts, intervals and backtests; error by horizon. */
public final class ForecastCharts {

    /** Palette index of history on the results chart. */
    public static final int HISTORY = 7;
    /** Name of the history series. */
    public static final String HISTORY_NAME = "Actual";
    /** Name of the backtest overlay series. */
    public static final String BACKTEST_NAME = "Backtest forecasts";

    private ForecastCharts() {
    }

    /**
     * History, the primary model's forecast (pickable) with its intervals, compared models'
     * forecasts and, optionally, the primary model's backtest forecasts.
     */
    public static ChartData forecast(RunResult run, ResultTarget target, String primary, List<String> compare,
                                     boolean showBacktest, java.util.function.Function<String, String> label) {
        Frequency f = run.panel().frequency();
        List<Aggregates.Dated> hist = new ArrayList<>();
        for (String id : target.ids()) {
            run.panel().series(id).ifPresent(s -> hist.add(new Aggregates.Dated(s.start(), s.y())));
        }
        Aggregates.Dated h = Aggregates.sum(f, hist);
        List<ChartSeries> series = new ArrayList<>();
        List<ChartBand> bands = new ArrayList<>();
        series.add(new ChartSeries(HISTORY_NAME, Aggregates.days(f, h.start(), h.v().length), h.v(), ChartSeries.Style.LINE, HISTORY,
                false));
        if (showBacktest && run.result().backtest() != null) {
            series.addAll(backtests(run, target, primary, label.apply(primary)));
        }
        int color = 1;
        List<String> shown = new ArrayList<>(compare);
        shown.remove(primary);
        for (String m : shown) {
            Aggregates.Dated fc = forecastColumn(run, target, m);
            if (fc != null) {
                series.add(new ChartSeries(label.apply(m), Aggregates.days(f, fc.start(), fc.v().length), fc.v(),
                        ChartSeries.Style.LINE, 1 + color++ % 6, false));
            }
        }
        Aggregates.Dated main = forecastColumn(run, target, primary);
        double hi = h.v().length == 0 ? 0 : Aggregates.days(f, h.start(), h.v().length)[h.v().length - 1];
        if (main != null) {
            double[] x = Aggregates.days(f, main.start(), main.v().length);
            if (target.isProduct()) {
                List<Integer> levels = new ArrayList<>(run.settings().levels());
                levels.sort(java.util.Comparator.reverseOrder());
                for (int level : levels) {
                    double[] lo = column(run, target.ids().get(0), ForecastFrame.lo(primary, level));
                    double[] up = column(run, target.ids().get(0), ForecastFrame.hi(primary, level));
                    if (lo != null && up != null) {
                        bands.add(new ChartBand(level + "% interval", x, lo, up, 0));
                    }
                }
            }
            series.add(new ChartSeries(label.apply(primary), x, main.v(), ChartSeries.Style.THICK, 0, true));
            hi = x.length == 0 ? hi : x[x.length - 1];
        }
        double span = switch (f) {
            case DAILY -> 120;
            case WEEKLY -> 7 * 78;
            case MONTHLY -> 31 * 48;
        };
        double lastHistory = h.v().length == 0 ? hi : Aggregates.days(f, h.start(), h.v().length)[h.v().length - 1];
        double[] view = {lastHistory - span, hi + (f == Frequency.DAILY ? 1 : 7)};
        return new ChartData(series, bands, List.of(), ChartData.XKind.EPOCH_DAY, "units", view);
    }

    private static double[] column(RunResult run, String id, String name) {
        return run.result().forecasts().series(id).map(s -> s.column(name)).orElse(null);
    }

    /** A forecast column summed over the target's products, or null when absent. */
    static Aggregates.Dated forecastColumn(RunResult run, ResultTarget target, String model) {
        List<Aggregates.Dated> parts = new ArrayList<>();
        for (String id : target.ids()) {
            run.result().forecasts().series(id).ifPresent(s -> {
                double[] v = s.column(model);
                if (v != null) {
                    parts.add(new Aggregates.Dated(s.start(), v));
                }
            });
        }
        return parts.isEmpty() ? null : Aggregates.sum(run.panel().frequency(), parts);
    }

    private static List<ChartSeries> backtests(RunResult run, ResultTarget target, String model, String label) {
        Backtest bt = run.result().backtest();
        String col = model.equals(io.salescast.forecast.engine.EngineSettings.AUTO) && run.result().auto() != null
                ? run.result().auto() : model;
        Map<LocalDate, List<Aggregates.Dated>> byCutoff = new TreeMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>(target.ids());
        for (Backtest.Slice s : bt.slices()) {
            if (ids.contains(s.id())) {
                byCutoff.computeIfAbsent(s.cutoff(), k -> new ArrayList<>()).add(new Aggregates.Dated(s.start(), s.column(col)));
            }
        }
        List<ChartSeries> out = new ArrayList<>();
        Frequency f = run.panel().frequency();
        for (List<Aggregates.Dated> parts : byCutoff.values()) {
            Aggregates.Dated d = Aggregates.sum(f, parts);
            out.add(new ChartSeries(BACKTEST_NAME, Aggregates.days(f, d.start(), d.v().length), d.v(), ChartSeries.Style.DASHED, 3,
                    false));
        }
        return out;
    }

    /** The error by forecast step of each model, by {@code metric}. */
    public static ChartData errorByHorizon(Leaderboard board, List<String> models, Metric metric,
                                           java.util.function.Function<String, String> label) {
        List<ChartSeries> out = new ArrayList<>();
        int color = 0;
        for (String m : models) {
            List<Scores> steps = board.perStep(m);
            if (steps == null || steps.isEmpty()) {
                continue;
            }
            double[] x = new double[steps.size()];
            double[] y = new double[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                x[i] = i + 1;
                y[i] = metric.of(steps.get(i));
            }
            boolean reference = m.equals(board.reference());
            out.add(new ChartSeries(label.apply(m), x, y, reference ? ChartSeries.Style.DASHED : ChartSeries.Style.LINE,
                    reference ? 7 : color++, false));
        }
        return new ChartData(out, List.of(), List.of(), ChartData.XKind.NUMBER, metric.name());
    }

    /** Product history (for tests and the drivers summary). */
    static SalesSeries series(RunResult run, String id) {
        return run.panel().series(id).orElse(null);
    }
}
