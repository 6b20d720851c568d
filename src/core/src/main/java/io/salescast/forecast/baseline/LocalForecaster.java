package io.salescast.forecast.baseline;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;

/**
 * A forecaster fitted independently on each series of a panel (features are ignored). Series are
 * fitted in parallel within the thread budget of the {@link TrainContext}; results do not depend
 * on the number of threads.
 */
public interface LocalForecaster extends Forecaster {

    /**
     * Fits one series.
     *
     * @param y         history, oldest first; NaN marks a missing period; may be empty
     * @param frequency period length (gives the season length)
     * @return the fitted model; never null (methods fall back to simpler ones and say so)
     */
    SeriesModel fitSeries(double[] y, Frequency frequency);

    /** Whether forecasts and interval bounds are clamped at zero (true for sales). */
    boolean nonNegative();

    /** Fits every series of {@code panel}; {@code spec} is ignored. */
    @Override
    default FittedLocalForecaster fit(SalesPanel panel, FeatureSpec spec, TrainContext ctx) {
        return LocalFitting.fit(this, panel, ctx);
    }
}
