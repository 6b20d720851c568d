package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.explain.FeatureContribution;
import io.salescast.explain.ForecastExplanation;
import io.salescast.explain.GlobalImportance;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.PointExplanation;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.report.ExplanationResults.FamilyImportance;
import io.salescast.report.ExplanationResults.FeatureImportance;
import io.salescast.report.ExplanationResults.SeriesExplanation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explanations for the report: which model to explain, running the explainer over its forecast,
 * and turning the explainer's results into {@link ExplanationResults}.
 */
public final class ReportExplanations {

    private ReportExplanations() {
    }

    /**
     * The global model the report explains: {@code preferred} when it is a global model, else the
     * best-ranked global model of the leaderboard, else the first global model fitted.
     */
    public static Optional<FittedGlobalForecaster> modelToExplain(EngineResult result, String preferred) {
        Optional<FittedGlobalForecaster> p = global(result, preferred);
        if (p.isPresent()) {
            return p;
        }
        if (result.leaderboard() != null) {
            for (var row : result.leaderboard().rows()) {
                Optional<FittedGlobalForecaster> g = global(result, row.model());
                if (g.isPresent()) {
                    return g;
                }
            }
        }
        return result.fitted().keySet().stream().map(a -> global(result, a)).flatMap(Optional::stream).findFirst();
    }

    /**
     * Explains the forecast of the chosen (or best global) model with the explainer's defaults;
     * empty results when the run has no global model (baselines have no features to explain).
     */
    public static ExplanationResults explain(EngineResult result, String preferred, int horizon, long seed,
                                             ProgressListener progress, CancellationToken cancel) {
        Optional<FittedGlobalForecaster> model = modelToExplain(result, preferred);
        if (model.isEmpty()) {
            return ExplanationResults.empty();
        }
        progress.progress("explain", -1, "Explaining " + model.get().alias());
        ForecastExplanation fx = GlobalModelExplainer.defaults(seed).explainForecast(model.get(), horizon, null, progress, cancel);
        return of(fx, null);
    }

    /**
     * Converts the explainer's results.
     *
     * @param fx         explanations of every forecast point
     * @param importance global importance to show (e.g. permutation importance on a backtest), or
     *                   null for the mean absolute contributions over the forecast points
     */
    public static ExplanationResults of(ForecastExplanation fx, GlobalImportance importance) {
        GlobalImportance g = importance != null ? importance : fx.global();
        List<FeatureImportance> features = g.features().stream()
                .map(f -> new FeatureImportance(f.label() == null || f.label().isBlank() ? f.feature() : f.label(),
                        f.family().label(), f.importance()))
                .toList();
        List<FamilyImportance> families = g.families().stream()
                .map(f -> new FamilyImportance(f.family().label(), f.importance())).toList();
        List<SeriesExplanation> perSeries = new ArrayList<>();
        for (String id : fx.seriesIds()) {
            perSeries.add(series(id, fx.series(id)));
        }
        return new ExplanationResults(fx.model(), g.measure(), features, families, perSeries);
    }

    private static SeriesExplanation series(String id, List<PointExplanation> points) {
        List<PointExplanation> sorted = new ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparing(PointExplanation::ds));
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (PointExplanation p : sorted) {
            for (FeatureContribution c : p.contributions()) {
                if (index.putIfAbsent(c.feature(), index.size()) == null) {
                    labels.add(c.label() == null || c.label().isBlank() ? c.feature() : c.label());
                }
            }
        }
        double[] base = new double[sorted.size()];
        double[][] contributions = new double[sorted.size()][index.size()];
        for (int t = 0; t < sorted.size(); t++) {
            PointExplanation p = sorted.get(t);
            base[t] = p.base();
            for (FeatureContribution c : p.contributions()) {
                contributions[t][index.get(c.feature())] += c.contribution();
            }
        }
        LocalDate start = sorted.isEmpty() ? LocalDate.EPOCH : sorted.get(0).ds();
        return new SeriesExplanation(id, start, labels, base, contributions);
    }

    private static Optional<FittedGlobalForecaster> global(EngineResult result, String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        Optional<FittedForecaster> f = result.model(alias);
        return f.filter(FittedGlobalForecaster.class::isInstance).map(FittedGlobalForecaster.class::cast);
    }
}
