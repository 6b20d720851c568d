package io.salescast.forecast.engine;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.series.SalesPanel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forecaster under another alias: output columns {@code inner} and {@code inner-lo-80}... are
 * renamed to {@code alias} and {@code alias-lo-80}.
 *
 * @param inner the forecaster
 * @param alias the new alias
 */
public record AliasedForecaster(Forecaster inner, String alias) implements Forecaster {

    @Override
    public FittedForecaster fit(SalesPanel panel, FeatureSpec spec, TrainContext ctx) {
        FittedForecaster fitted = inner.fit(panel, spec, ctx);
        return new Fitted(fitted, alias);
    }

    /** A fitted forecaster under another alias. */
    public record Fitted(FittedForecaster inner, String alias) implements FittedForecaster {
        @Override
        public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
            return rename(inner.predict(horizon, futureCovariates, levels), inner.alias(), alias);
        }
    }

    /** Renames the columns of {@code from} (point and interval columns) to {@code to}. */
    public static ForecastFrame rename(ForecastFrame frame, String from, String to) {
        if (from.equals(to)) {
            return frame;
        }
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            Map<String, double[]> cols = new LinkedHashMap<>();
            s.columns().forEach((name, v) -> cols.put(name.equals(from) ? to
                    : name.startsWith(from + "-") ? to + name.substring(from.length()) : name, v));
            out.add(new ForecastFrame.SeriesForecast(s.id(), s.start(), cols));
        }
        return new ForecastFrame(frame.frequency(), out);
    }
}
