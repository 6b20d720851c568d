package io.salescast.app.viewmodel;

import io.salescast.app.chart.PointPick;
import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.TaskHandle;
import io.salescast.explain.ForecastExplanation;
import io.salescast.explain.GlobalImportance;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.PeriodExplanation;
import io.salescast.explain.PointExplanation;
import io.salescast.explain.Waterfall;
import io.salescast.features.FeatureFamily;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.global.FittedGlobalForecaster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Explanations beside the results chart: global importance by family and by feature, the
 * waterfall of a clicked forecast point, and a driver summary for the selected product. Computed
 * in the background after each run for the machine-learning model that makes (or is closest to)
 * the recommended forecast.
 */
public final class ExplanationsViewModel {

    /** Feature steps shown in a waterfall before the rest is lumped together. */
    public static final int WATERFALL_STEPS = 8;

    private final SessionViewModel session;
    private final ResultsViewModel results;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ObjectProperty<ForecastExplanation> explanation = new SimpleObjectProperty<>();
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty byFamily = new SimpleBooleanProperty(true);
    private final ObservableList<BarRow> importance = FXCollections.observableArrayList();
    private final ObservableList<BarRow> waterfall = FXCollections.observableArrayList();
    private final StringProperty waterfallTitle = new SimpleStringProperty("");
    private final StringProperty drivers = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> pointDate = new SimpleObjectProperty<>();
    private TaskHandle running;

    /** Explanations of the session's runs, following the results page's selection. */
    public ExplanationsViewModel(SessionViewModel session, ResultsViewModel results, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.results = results;
        this.tasks = tasks;
        this.locale = locale;
        session.resultProperty().addListener((o, a, b) -> compute(b));
        results.targetProperty().addListener((o, a, b) -> {
            pointDate.set(null);
            refresh();
        });
        byFamily.addListener((o, a, b) -> refresh());
        pointDate.addListener((o, a, b) -> refreshWaterfall());
        compute(session.resultProperty().get());
    }

    /** The model explained: the recommended one if it is a machine-learning model, else the best one. */
    static String explainedModel(RunResult r) {
        List<String> candidates = new ArrayList<>();
        if (r.result().auto() != null) {
            candidates.add(r.result().auto());
        }
        if (r.result().leaderboard() != null) {
            r.result().leaderboard().rows().forEach(row -> candidates.add(row.model()));
        }
        r.settings().models().forEach(m -> candidates.add(m.alias()));
        for (String c : candidates) {
            FittedForecaster f = r.result().model(c).orElse(null);
            if (f instanceof FittedGlobalForecaster) {
                return c;
            }
        }
        return null;
    }

    private void compute(RunResult r) {
        if (running != null) {
            running.cancel();
        }
        explanation.set(null);
        importance.clear();
        waterfall.clear();
        drivers.set("");
        if (r == null) {
            status.set("");
            return;
        }
        String alias = explainedModel(r);
        if (alias == null) {
            model.set("");
            status.set("Explanations need a machine-learning model (XGBoost, random forest, linear): add one on the Models page.");
            return;
        }
        model.set(alias);
        status.set("Explaining " + results.label(alias) + "…");
        FittedGlobalForecaster f = (FittedGlobalForecaster) r.result().model(alias).orElseThrow();
        running = tasks.submit("Explaining the forecasts", (p, c) -> GlobalModelExplainer.defaults(r.seed())
                .explainForecast(f, r.settings().horizon(), null, p, c), e -> {
                    explanation.set(e);
                    status.set(describe(alias, r, e));
                    refresh();
                }, e -> status.set("The explanations could not be computed: " + e.getMessage()));
    }

    private String describe(String alias, RunResult r, ForecastExplanation e) {
        String method = switch (e.method()) {
            case TREE_SHAP -> "exact TreeSHAP contributions";
            case KERNEL_SHAP -> "Kernel SHAP contributions";
            default -> "a local linear surrogate (LIME)";
        };
        String auto = r.result().auto();
        String note = auto != null && !auto.equals(alias) ? " The recommended forecast is " + results.label(auto)
                + "; its machine-learning part is explained here." : "";
        return results.label(alias) + ", " + method + ", in units sold." + note;
    }

    private void refresh() {
        ForecastExplanation e = explanation.get();
        ResultTarget t = results.targetProperty().get();
        if (e == null || t == null) {
            importance.clear();
            waterfall.clear();
            drivers.set("");
            return;
        }
        GlobalImportance g = t.kind() == ResultTarget.Kind.ALL ? e.global()
                : e.global(t.kind() == ResultTarget.Kind.PRODUCT ? GlobalImportance.Scope.product(t.ids().get(0))
                        : GlobalImportance.Scope.category(t.label()), t.ids());
        importance.setAll(importanceBars(g, byFamily.get(), locale));
        drivers.set(t.isProduct() ? driverSummary(e, t.ids().get(0)) : "Importance over " + t.label().toLowerCase(Locale.ROOT)
                + ". Select a product to see what drives its forecast.");
        refreshWaterfall();
    }

    static List<BarRow> importanceBars(GlobalImportance g, boolean families, Locale locale) {
        List<BarRow> out = new ArrayList<>();
        if (families) {
            for (GlobalImportance.FamilyImportance f : g.families()) {
                out.add(new BarRow(f.family().label(), 0, f.importance(), Formats.number(f.importance(), 2, locale), BarRow.Kind.NEUTRAL));
            }
        } else {
            g.features().stream().limit(15).forEach(f -> out.add(new BarRow(f.label(), 0, f.importance(),
                    Formats.number(f.importance(), 2, locale), BarRow.Kind.NEUTRAL)));
        }
        return out;
    }

    private String driverSummary(ForecastExplanation e, String id) {
        PeriodExplanation p = e.period(id).orElse(null);
        if (p == null) {
            return "";
        }
        List<Map.Entry<FeatureFamily, Double>> fams = new ArrayList<>(p.byFamily().entrySet());
        fams.sort(Comparator.comparingDouble((Map.Entry<FeatureFamily, Double> x) -> -Math.abs(x.getValue())));
        StringBuilder sb = new StringBuilder("Over the " + p.points() + " forecast periods the model expects "
                + Formats.number(p.prediction(), 0, locale) + " units, against a typical " + Formats.number(p.base(), 0, locale)
                + ". ");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<FeatureFamily, Double> f : fams.subList(0, Math.min(3, fams.size()))) {
            double v = f.getValue();
            if (Math.abs(v) < 0.5) {
                continue;
            }
            parts.add(f.getKey().label().toLowerCase(Locale.ROOT) + " " + (v >= 0 ? "adds " : "takes off ")
                    + Formats.number(Math.abs(v), 0, locale));
        }
        sb.append(parts.isEmpty() ? "No single driver stands out." : "Main drivers: " + String.join("; ", parts) + ".");
        return sb.toString();
    }

    private void refreshWaterfall() {
        ForecastExplanation e = explanation.get();
        ResultTarget t = results.targetProperty().get();
        waterfall.clear();
        if (e == null || t == null || !t.isProduct()) {
            waterfallTitle.set(t != null && !t.isProduct() ? "Select a product, then click a forecast point." : "");
            return;
        }
        String id = t.ids().get(0);
        List<PointExplanation> pts = e.series(id);
        if (pts.isEmpty()) {
            waterfallTitle.set("No explanation for this product (it was forecast by the fallback model).");
            return;
        }
        LocalDate d = pointDate.get();
        PointExplanation p = d == null ? pts.get(0) : e.point(id, d).orElse(pts.get(0));
        waterfallTitle.set("Forecast for " + Formats.date(p.ds(), locale) + " (step " + p.step() + "): "
                + Formats.number(p.prediction(), 1, locale) + " units");
        waterfall.setAll(waterfallBars(Waterfall.byFeature(p, WATERFALL_STEPS), locale));
    }

    static List<BarRow> waterfallBars(Waterfall w, Locale locale) {
        List<BarRow> out = new ArrayList<>();
        out.add(new BarRow("Typical value (base)", 0, w.base(), Formats.number(w.base(), 1, locale), BarRow.Kind.TOTAL));
        for (Waterfall.Step s : w.steps()) {
            double d = s.delta();
            out.add(new BarRow(s.label(), s.start(), s.end(), (d >= 0 ? "+" : "−") + Formats.number(Math.abs(d), 1, locale),
                    d >= 0 ? BarRow.Kind.UP : BarRow.Kind.DOWN));
        }
        out.add(new BarRow("Forecast", 0, w.prediction(), Formats.number(w.prediction(), 1, locale), BarRow.Kind.TOTAL));
        return out;
    }

    /** A clicked point of the forecast chart: shows its waterfall. */
    public void pick(PointPick p) {
        if (p != null) {
            pointDate.set(LocalDate.ofEpochDay(Math.round(p.x())));
            refreshWaterfall();
        }
    }

    /** The explanations of the last run, or null while computing or unavailable. */
    public ObjectProperty<ForecastExplanation> explanationProperty() {
        return explanation;
    }

    /** Alias of the explained model. */
    public StringProperty modelProperty() {
        return model;
    }

    /** What is explained and how, or why nothing is. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Whether importance is shown by family (true) or by feature. */
    public BooleanProperty byFamilyProperty() {
        return byFamily;
    }

    /** Importance bars. */
    public ObservableList<BarRow> importance() {
        return importance;
    }

    /** Waterfall bars of the selected point, base first, forecast last. */
    public ObservableList<BarRow> waterfall() {
        return waterfall;
    }

    /** Heading of the waterfall. */
    public StringProperty waterfallTitleProperty() {
        return waterfallTitle;
    }

    /** A few sentences on what drives the selected product's forecast. */
    public StringProperty driversProperty() {
        return drivers;
    }

    /** Date of the explained point, or null for the first forecast period. */
    public ObjectProperty<LocalDate> pointDateProperty() {
        return pointDate;
    }

    /** The explained model is the one shown, or the recommendation's machine-learning part. */
    public boolean explains(String column) {
        return column != null && (column.equals(model.get()) || column.equals(EngineSettings.AUTO));
    }
}
