package io.salescast.forecast.engine;

import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.ConformalCalibrator;
import io.salescast.evaluation.Leaderboard;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ensemble.BlendWeights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one engine run produced. Data only: reports, the app and the CLI draw it.
 *
 * @param forecasts      forecasts of every model, the blends and {@code auto} (the recommendation), with
 *                       interval columns {@code <alias>-lo-80} ... where a backtest calibrated them
 * @param backtest       the backtest (blends included, cross-fitted intervals), or null without windows
 * @param leaderboard    models ranked by backtest error, or null without windows
 * @param auto           alias of the recommended model or blend copied to column {@code auto}, or null
 * @param autoReason     one sentence saying why (metric and value)
 * @param blends         learned blend weights (on all windows) by blend alias
 * @param coverage       interval coverage on the backtest per model and level
 * @param fitted         the models fitted on the whole history, by alias (for explanations: a
 *                       {@link FittedWithFallback} whose {@code main()} is, for global models, a
 *                       {@link io.salescast.forecast.global.FittedGlobalForecaster})
 * @param fallbackSeries per model alias, the series forecast by the fallback model
 * @param timingsMillis  wall time per stage ("backtest", "final fit", "total"...)
 * @param references     baselines the engine added to a backtest the user's models lacked
 *                       ({@link ForecastEngine#REFERENCE_BASELINES}), so that the leaderboard
 *                       always compares with them; run, ranked and forecast like the others
 */
public record EngineResult(ForecastFrame forecasts, Backtest backtest, Leaderboard leaderboard, String auto,
                           String autoReason, Map<String, BlendWeights> blends,
                           List<ConformalCalibrator.Coverage> coverage, Map<String, FittedForecaster> fitted,
                           Map<String, List<String>> fallbackSeries, Map<String, Long> timingsMillis,
                           List<String> references) {

    /** Copies the collections. */
    public EngineResult {
        references = List.copyOf(references);
        blends = Collections.unmodifiableMap(new LinkedHashMap<>(blends));
        coverage = List.copyOf(coverage);
        fitted = Collections.unmodifiableMap(new LinkedHashMap<>(fitted));
        fallbackSeries = Collections.unmodifiableMap(new LinkedHashMap<>(fallbackSeries));
        timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    }

    /** The fitted model of an alias, unwrapped from the fallback wrapper when possible. */
    public Optional<FittedForecaster> model(String alias) {
        FittedForecaster f = fitted.get(alias);
        if (f instanceof FittedWithFallback w && w.main() != null) {
            return Optional.of(w.main());
        }
        return Optional.ofNullable(f);
    }
}
