package io.salescast.forecast.engine;

import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;

import java.util.List;

/**
 * A model fitted on the series long enough for it, plus the fallback fitted on the others; its
 * forecasts carry the model's alias for every series.
 *
 * @param alias          output column
 * @param main           the model (null when no series was long enough)
 * @param fallback       the fallback (null when every series was long enough)
 * @param fallbackSeries ids forecast by the fallback
 */
public record FittedWithFallback(String alias, FittedForecaster main, FittedForecaster fallback, List<String> fallbackSeries)
        implements FittedForecaster {

    /** Copies. */
    public FittedWithFallback {
        fallbackSeries = List.copyOf(fallbackSeries);
    }

    @Override
    public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
        ForecastFrame out = null;
        if (main != null) {
            out = AliasedForecaster.rename(main.predict(horizon, futureCovariates, levels), main.alias(), alias);
        }
        if (fallback != null) {
            ForecastFrame fb = AliasedForecaster.rename(fallback.predict(horizon, futureCovariates, levels), fallback.alias(), alias);
            out = out == null ? fb : out.merge(fb);
        }
        return out;
    }
}
