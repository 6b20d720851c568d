package io.salescast.app.viewmodel;

import io.salescast.app.chart.ChartData;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.evaluation.Scores;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.StaticAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results page: leaderboard, forecast chart per product or total (history, forecast,
 * intervals, backtests, compared models), error by horizon.
 */
public final class ResultsViewModel {

    private final SessionViewModel session;
    private final ObservableList<LeaderRow> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<ResultTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ResultTarget> target = new SimpleObjectProperty<>();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty primary = new SimpleStringProperty();
    private final ObservableList<String> compare = FXCollections.observableArrayList();
    private final BooleanProperty showBacktest = new SimpleBooleanProperty(true);
    private final ObjectProperty<Metric> horizonMetric = new SimpleObjectProperty<>(Metric.WAPE);
    private final ObjectProperty<ChartData> chart = new SimpleObjectProperty<>(ChartData.empty());
    private final ObjectProperty<ChartData> horizonChart = new SimpleObjectProperty<>(ChartData.empty());
    private final StringProperty summary = new SimpleStringProperty("");
    private final Locale locale;
    private RunResult run;

    /** The results of the session's last run. */
    public ResultsViewModel(SessionViewModel session, Locale locale) {
        this.session = session;
        this.locale = locale;
        session.resultProperty().addListener((o, a, b) -> load(b));
        for (Observable o : List.of(target, primary, compare, showBacktest)) {
            o.addListener(x -> redraw());
        }
        horizonMetric.addListener(x -> redrawHorizon());
        compare.addListener((Observable x) -> redrawHorizon());
        load(session.resultProperty().get());
    }

    private void load(RunResult r) {
        ResultTarget keep = target.get();
        run = null;
        target.set(null);
        primary.set(null);
        run = r;
        if (r == null) {
            leaderboard.clear();
            targets.clear();
            models.clear();
            chart.set(ChartData.empty());
            horizonChart.set(ChartData.empty());
            summary.set("");
            return;
        }
        leaderboard.setAll(rows(r));
        models.setAll(r.forecastColumns());
        targets.setAll(targets(r));
        String auto = r.result().auto();
        List<String> cmp = new ArrayList<>();
        if (auto != null && !auto.equals("seasonal_naive")) {
            cmp.add("seasonal_naive");
        }
        compare.setAll(cmp);
        primary.set(models.contains(EngineSettings.AUTO) ? EngineSettings.AUTO : models.isEmpty() ? null : models.get(0));
        target.set(keep != null && targets.contains(keep) ? keep : targets.stream().filter(ResultTarget::isProduct).findFirst()
                .orElse(targets.isEmpty() ? null : targets.get(0)));
        List<String> refs = r.result().references();
        summary.set((auto == null ? "No backtest, so no recommendation." : "Recommended: " + label(auto) + ". "
                + r.result().autoReason() + ".")
                + (refs.isEmpty() ? "" : " Added for comparison: " + String.join(", ", refs.stream().map(this::label).toList()) + ".")
                + " Trained in " + Formats.duration(r.took()) + (r.restored() ? " (saved results, not trained again)" : "") + ".");
        redraw();
        redrawHorizon();
    }

    private List<LeaderRow> rows(RunResult r) {
        Leaderboard b = r.result().leaderboard();
        List<LeaderRow> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        for (Leaderboard.Row row : b.rows()) {
            Scores s = row.overall();
            Scores.IntervalScore iv = s.intervals().isEmpty() ? null : s.intervals().get(0);
            out.add(new LeaderRow(row.model(), label(row.model()), row.baseline(), row.model().equals(r.result().auto()), s.wape(),
                    s.mase(), s.mae(), s.rmse(), s.relativeBias(), row.skillWape(), iv == null ? Double.NaN : iv.coverage(),
                    iv == null ? 0 : iv.level(), row.failure()));
        }
        return out;
    }

    private static List<ResultTarget> targets(RunResult r) {
        List<ResultTarget> out = new ArrayList<>();
        List<String> ids = r.result().forecasts().series().stream().map(s -> s.id()).toList();
        out.add(new ResultTarget(ResultTarget.Kind.ALL, "All products (total)", ids));
        StaticAttributes a = r.panel().attributes();
        if (a.has("category")) {
            Map<String, List<String>> byCat = new TreeMap<>();
            for (String id : ids) {
                String c = a.get(id, "category");
                if (c != null && !c.isBlank()) {
                    byCat.computeIfAbsent(c, k -> new ArrayList<>()).add(id);
                }
            }
            byCat.forEach((c, l) -> out.add(new ResultTarget(ResultTarget.Kind.CATEGORY, "Category: " + c + " (total)", l)));
        }
        String nameAttr = a.has("name") ? "name" : null;
        for (String id : ids) {
            String n = nameAttr == null ? null : a.get(id, nameAttr);
            out.add(new ResultTarget(ResultTarget.Kind.PRODUCT, n == null || n.isBlank() ? id : id + " — " + n, List.of(id)));
        }
        return out;
    }

    /** Display name of a model column. */
    public String label(String model) {
        if (model == null) {
            return "";
        }
        if (model.equals(EngineSettings.AUTO)) {
            return run != null && run.result().auto() != null ? "Recommended (" + label(run.result().auto()) + ")" : "Recommended";
        }
        return ModelOption.all(true).stream().filter(o -> o.type().equals(model)).map(ModelOption::label).findFirst().orElse(model);
    }

    private void redraw() {
        if (run == null || target.get() == null || primary.get() == null) {
            chart.set(ChartData.empty());
            return;
        }
        chart.set(ForecastCharts.forecast(run, target.get(), primary.get(), List.copyOf(compare), showBacktest.get(), this::label));
    }

    private void redrawHorizon() {
        if (run == null || run.result().leaderboard() == null) {
            horizonChart.set(ChartData.empty());
            return;
        }
        List<String> ms = new ArrayList<>();
        String auto = run.result().auto();
        if (auto != null) {
            ms.add(auto);
        }
        compare.stream().filter(m -> !ms.contains(m) && !m.equals(EngineSettings.AUTO)).forEach(ms::add);
        String ref = run.result().leaderboard().reference();
        if (ref != null && !ms.contains(ref)) {
            ms.add(ref);
        }
        horizonChart.set(ForecastCharts.errorByHorizon(run.result().leaderboard(), ms, horizonMetric.get(), this::label));
    }

    /** Selects the product {@code id} (e.g. from the data page). */
    public void selectProduct(String id) {
        targets.stream().filter(t -> t.isProduct() && t.ids().get(0).equals(id)).findFirst().ifPresent(target::set);
    }

    /** Leaderboard rows, best first. */
    public ObservableList<LeaderRow> leaderboard() {
        return leaderboard;
    }

    /** Products and totals to chart. */
    public ObservableList<ResultTarget> targets() {
        return targets;
    }

    /** The charted product or total. */
    public ObjectProperty<ResultTarget> targetProperty() {
        return target;
    }

    /** Forecast columns: auto first, then models and blends. */
    public ObservableList<String> models() {
        return models;
    }

    /** The model whose forecast is drawn thick with its intervals. */
    public StringProperty primaryProperty() {
        return primary;
    }

    /** Further models drawn for comparison. */
    public ObservableList<String> compare() {
        return compare;
    }

    /** Whether the primary model's backtest forecasts are overlaid. */
    public BooleanProperty showBacktestProperty() {
        return showBacktest;
    }

    /** Metric of the error-by-horizon chart. */
    public ObjectProperty<Metric> horizonMetricProperty() {
        return horizonMetric;
    }

    /** The forecast chart. */
    public ObjectProperty<ChartData> chartProperty() {
        return chart;
    }

    /** The error-by-horizon chart. */
    public ObjectProperty<ChartData> horizonChartProperty() {
        return horizonChart;
    }

    /** One line about the run and the recommendation. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The run shown, or null. */
    public RunResult run() {
        return run;
    }

    /** Per-model figures for the chosen product, for the "this product" leaderboard tooltip. */
    public Map<String, Double> productWape(String id) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (run == null || run.result().leaderboard() == null) {
            return out;
        }
        for (Leaderboard.Row row : run.result().leaderboard().rows()) {
            Scores s = run.result().leaderboard().perSeries(row.model()).get(id);
            if (s != null) {
                out.put(row.model(), s.wape());
            }
        }
        return out;
    }
}
