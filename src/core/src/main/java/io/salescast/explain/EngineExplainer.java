package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.ensemble.BlendWeights;
import io.salescast.forecast.global.FittedGlobalForecaster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Explains any model of a finished engine run by its alias: a global model directly, a blend
 * through its members ({@link BlendExplainer}), {@code auto} as the model or blend it recommends.
 * Baselines have no features; asking for one is a user error with a hint.
 */
public final class EngineExplainer {

    private final GlobalModelExplainer explainer;

    /** @param explainer how global models are explained */
    public EngineExplainer(GlobalModelExplainer explainer) {
        this.explainer = explainer;
    }

    /**
     * Explains the forecast of {@code alias} over {@code horizon} periods.
     *
     * @throws SalescastException when the alias is unknown or names a model without features
     */
    public ForecastExplanation explain(EngineResult result, String alias, int horizon, ProgressListener progress,
                                       CancellationToken cancel) {
        String a = alias;
        if (EngineSettings.AUTO.equals(a)) {
            if (result.auto() == null) {
                throw new SalescastException("This run recommended no model to explain.",
                        "Name a model with --model, or run with backtest windows.", null, null);
            }
            a = result.auto();
        }
        BlendWeights blend = result.blends().get(a);
        if (blend != null) {
            Map<String, ForecastExplanation> members = new LinkedHashMap<>();
            for (Map.Entry<String, Double> w : blend.weights().entrySet()) {
                if (w.getValue() > 0 && global(result, w.getKey()) != null) {
                    members.put(w.getKey(), explainer.explainForecast(global(result, w.getKey()), horizon, null,
                            progress, cancel));
                }
            }
            if (members.isEmpty()) {
                throw new SalescastException("The blend " + a + " (" + blend.describe() + ") has no member with features.",
                        "Its forecast is a weighted mean of baselines: see their weights.", null, null);
            }
            return BlendExplainer.explain(blend, members, result.forecasts());
        }
        FittedGlobalForecaster g = global(result, a);
        if (g == null) {
            throw new SalescastException(result.fitted().containsKey(a) ? "Model " + a + " has no features to explain."
                    : "This run has no model '" + a + "'.",
                    "Explain a global model (" + String.join(", ", globals(result)) + ") or a blend of them.", null, null);
        }
        return explainer.explainForecast(g, horizon, null, progress, cancel);
    }

    private static FittedGlobalForecaster global(EngineResult result, String alias) {
        FittedForecaster f = result.model(alias).orElse(null);
        return f instanceof FittedGlobalForecaster g ? g : null;
    }

    private static java.util.List<String> globals(EngineResult result) {
        return result.fitted().keySet().stream().filter(k -> global(result, k) != null).toList();
    }
}
