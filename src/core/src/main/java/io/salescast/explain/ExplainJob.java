package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One explanation run, as the CLI and the app start it: fits a global model on a panel, explains
 * every forecast point, and (optionally) measures global permutation importance on a backtest
 * (the model refitted without the last periods and scored on them). Series shorter than the
 * engine's minimum history are left out (the engine forecasts them with its fallback model, which
 * has no features to explain) and listed in the result.
 */
public final class ExplainJob {

    /**
     * Settings.
     *
     * @param model            the model to explain (a global model: xgboost, random_forest, cart,
     *                         linear, elastic_net)
     * @param features         its features
     * @param horizon          periods to forecast and explain
     * @param backtestPeriods  periods held out for permutation importance; 0 = no global importance
     * @param repeats          shuffles per feature for permutation importance
     * @param explain          method and sampling settings for the forecast points
     * @param ctx              seed, threads, progress and cancellation of training
     */
    public record Settings(ModelSpec model, FeatureSpec features, int horizon, int backtestPeriods, int repeats,
                           ForecastExplainer.Options explain, TrainContext ctx) {
        /** Validates. */
        public Settings {
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be >= 1");
            }
            if (backtestPeriods < 0) {
                throw new IllegalArgumentException("backtestPeriods must be >= 0");
            }
        }
    }

    /**
     * What a run produced. Data only.
     *
     * @param model          the fitted model
     * @param forecast       explanations of every forecast point (sales units)
     * @param importance     permutation importance on the backtest, or null when not asked for
     * @param skippedSeries  series too short for the model, not explained
     * @param timingsMillis  wall time per stage
     */
    public record Result(FittedGlobalForecaster model, ForecastExplanation forecast, GlobalImportance importance,
                         List<String> skippedSeries, Map<String, Long> timingsMillis) {
        /** Copies. */
        public Result {
            skippedSeries = List.copyOf(skippedSeries);
            timingsMillis = Map.copyOf(timingsMillis);
        }
    }

    private ExplainJob() {
    }

    /**
     * Runs.
     *
     * @param panel  history
     * @param future known-future covariates for the forecast periods, or null
     * @throws SalescastException when the model is not a global model or no series is long enough
     */
    public static Result run(SalesPanel panel, SalesPanel future, Settings s, ProgressListener progress,
                             CancellationToken cancel) {
        Map<String, Long> timings = new LinkedHashMap<>();
        int minHistory = EngineSettings.defaults(panel.frequency(), s.horizon()).minHistory(panel.frequency())
                + s.backtestPeriods();
        List<SalesSeries> keep = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SalesSeries series : panel.series()) {
            if (series.length() >= minHistory) {
                keep.add(series);
            } else {
                skipped.add(series.id());
            }
        }
        if (keep.isEmpty()) {
            throw new SalescastException("No series has the " + minHistory + " periods of history "
                    + s.model().alias() + " needs to be explained.", "Use a longer history or a shorter backtest.",
                    null, null);
        }
        SalesPanel usable = panel.withSeries(keep);
        TrainContext ctx = new TrainContext(s.ctx().seed(), s.ctx().device(), s.ctx().threads(), progress, cancel);
        GlobalModelExplainer gx = new GlobalModelExplainer(s.explain(), 100);
        GlobalImportance importance = null;
        long t0 = System.nanoTime();
        if (s.backtestPeriods() > 0) {
            SalesPanel train = usable.until(usable.frequency().step(usable.lastDate(), -s.backtestPeriods()));
            FittedGlobalForecaster bt = fit(train, s, ctx);
            importance = gx.importance(bt, usable, s.backtestPeriods(), GlobalImportance.Scope.model(), null,
                    new PermutationImportance.Options(Math.max(2, s.repeats()), PermutationImportance.Metric.MAE,
                            20_000, s.explain().seed()), progress, cancel);
            timings.put("backtest importance", ms(t0));
            t0 = System.nanoTime();
        }
        FittedGlobalForecaster model = fit(usable, s, ctx);
        timings.put("fit", ms(t0));
        t0 = System.nanoTime();
        ForecastExplanation fx = gx.explainForecast(model, s.horizon(), future, progress, cancel);
        timings.put("explain forecast", ms(t0));
        return new Result(model, fx, importance, skipped, timings);
    }

    private static FittedGlobalForecaster fit(SalesPanel panel, Settings s, TrainContext ctx) {
        Forecaster f = ModelCatalog.isBlend(s.model().type()) ? null
                : ModelCatalog.standard().create(s.model(), panel.frequency(), s.horizon());
        if (!(f instanceof GlobalForecaster g)) {
            throw new SalescastException("Model " + s.model().alias() + " (" + s.model().type()
                    + ") has no features to explain.",
                    "Explain a global model: xgboost, random_forest, cart, linear or elastic_net.", null, null);
        }
        return g.fit(panel, s.features(), ctx);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
