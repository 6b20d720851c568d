package io.salescast.evaluation;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.baseline.SeasonalNaiveForecaster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Models ranked by backtest accuracy, with their scores overall, per series and per horizon step,
 * and their skill against seasonal naive: {@code 1 - metric / metric(seasonal naive)} for WAPE
 * and MASE (positive: better than seasonal naive). Every model of the backtest is listed,
 * baselines included and flagged. Data only; the report and the app draw it.
 */
public final class Leaderboard {

    /**
     * One model's line.
     *
     * @param model     alias
     * @param baseline  whether it is a baseline
     * @param overall   scores over all windows, series and steps
     * @param skillWape 1 - WAPE / WAPE of the reference (NaN without reference)
     * @param skillMase 1 - MASE / MASE of the reference (NaN without reference)
     * @param failure   why the model failed in some window, or null
     */
    public record Row(String model, boolean baseline, Scores overall, double skillWape, double skillMase, String failure) {
    }

    private final Metric sortedBy;
    private final String reference;
    private final List<Row> rows;
    private final Map<String, Map<String, Scores>> perSeries;
    private final Map<String, List<Scores>> perStep;

    private Leaderboard(Metric sortedBy, String reference, List<Row> rows, Map<String, Map<String, Scores>> perSeries,
                        Map<String, List<Scores>> perStep) {
        this.sortedBy = sortedBy;
        this.reference = reference;
        this.rows = List.copyOf(rows);
        this.perSeries = Collections.unmodifiableMap(perSeries);
        this.perStep = Collections.unmodifiableMap(perStep);
    }

    /** Leaderboard sorted by {@code sortBy}, skill against {@code seasonal_naive}. */
    public static Leaderboard of(Backtest backtest, Metric sortBy) {
        return of(backtest, sortBy, SeasonalNaiveForecaster.ALIAS);
    }

    /**
     * Leaderboard sorted by {@code sortBy} (models with an undefined value last), skill against
     * the model {@code reference}.
     */
    public static Leaderboard of(Backtest backtest, Metric sortBy, String reference) {
        Map<String, Scores> overall = new LinkedHashMap<>();
        Map<String, Map<String, Scores>> perSeries = new LinkedHashMap<>();
        Map<String, List<Scores>> perStep = new LinkedHashMap<>();
        for (String model : backtest.models()) {
            List<Integer> levels = backtest.levels(model);
            Scores.Builder all = new Scores.Builder(levels);
            Map<String, Scores.Builder> bySeries = new LinkedHashMap<>();
            List<Scores.Builder> bySteps = new ArrayList<>();
            for (int h = 0; h < backtest.horizon(); h++) {
                bySteps.add(new Scores.Builder(levels));
            }
            for (Backtest.Slice s : backtest.slices()) {
                double[] f = s.column(model);
                double[][] lo = new double[levels.size()][];
                double[][] hi = new double[levels.size()][];
                for (int i = 0; i < levels.size(); i++) {
                    lo[i] = s.column(ForecastFrame.lo(model, levels.get(i)));
                    hi[i] = s.column(ForecastFrame.hi(model, levels.get(i)));
                }
                Scores.Builder series = bySeries.computeIfAbsent(s.id(), id -> new Scores.Builder(levels));
                for (int k = 0; k < s.actual().length; k++) {
                    double[] l = new double[levels.size()];
                    double[] u = new double[levels.size()];
                    for (int i = 0; i < levels.size(); i++) {
                        l[i] = lo[i][k];
                        u[i] = hi[i][k];
                    }
                    all.add(s.actual()[k], f[k], s.scale(), l, u);
                    series.add(s.actual()[k], f[k], s.scale(), l, u);
                    bySteps.get(k).add(s.actual()[k], f[k], s.scale(), l, u);
                }
            }
            overall.put(model, all.build());
            Map<String, Scores> ps = new LinkedHashMap<>();
            bySeries.forEach((id, b) -> ps.put(id, b.build()));
            perSeries.put(model, Collections.unmodifiableMap(ps));
            perStep.put(model, bySteps.stream().map(Scores.Builder::build).toList());
        }
        Scores ref = overall.get(reference);
        List<Row> rows = new ArrayList<>();
        for (String model : backtest.models()) {
            Scores s = overall.get(model);
            double skillWape = ref == null ? Double.NaN : skill(s.wape(), ref.wape());
            double skillMase = ref == null ? Double.NaN : skill(s.mase(), ref.mase());
            rows.add(new Row(model, backtest.isBaseline(model), s, skillWape, skillMase, backtest.failures().get(model)));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> {
            double v = sortBy.of(r.overall());
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }));
        return new Leaderboard(sortBy, reference, rows, perSeries, perStep);
    }

    private static double skill(double value, double referenceValue) {
        if (Double.isNaN(value) || !(referenceValue > 0)) {
            return Double.NaN;
        }
        return 1 - value / referenceValue;
    }

    /** Metric the rows are sorted by. */
    public Metric sortedBy() {
        return sortedBy;
    }

    /** Alias of the reference model of the skill scores. */
    public String reference() {
        return reference;
    }

    /** Rows, best first. */
    public List<Row> rows() {
        return rows;
    }

    /** The row of one model. */
    public Optional<Row> row(String model) {
        return rows.stream().filter(r -> r.model().equals(model)).findFirst();
    }

    /**
     * The recommended model: the best by the sort metric among models that did not fail, or
     * empty when no model has a defined value. Ties keep the backtest's model order.
     */
    public Optional<String> best() {
        return rows.stream()
                .filter(r -> r.failure() == null && !Double.isNaN(sortedBy.of(r.overall())))
                .findFirst().map(Row::model);
    }

    /** Scores of {@code model} per series id (empty map for an unknown model). */
    public Map<String, Scores> perSeries(String model) {
        return perSeries.getOrDefault(model, Map.of());
    }

    /** Scores of {@code model} per horizon step: index 0 is one period ahead. */
    public List<Scores> perStep(String model) {
        return perStep.getOrDefault(model, List.of());
    }

    /**
     * The best model of each series by the sort metric (series where no model has a defined value
     * are absent).
     */
    public Map<String, String> bestPerSeries() {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Double> bestValue = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.failure() != null) {
                continue;
            }
            perSeries(r.model()).forEach((id, s) -> {
                double v = sortedBy.of(s);
                if (!Double.isNaN(v) && v < bestValue.getOrDefault(id, Double.POSITIVE_INFINITY)) {
                    bestValue.put(id, v);
                    out.put(id, r.model());
                }
            });
        }
        return out;
    }
}
