package io.salescast.forecast;

import io.salescast.features.FeatureSpec;
import io.salescast.series.SalesPanel;

/**
 * A forecasting method, before training. Local methods (naive, ETS...) fit one model per series;
 * global methods (gradient boosting, networks) fit one model across all series. Implementations
 * are described by small immutable specs and are safe to fit several times.
 */
public interface Forecaster {

    /** Unique, column-safe name of this model in outputs (e.g. {@code xgboost}, {@code seasonal_naive}). */
    String alias();

    /**
     * Trains on the history in {@code panel}.
     *
     * @param panel history; every series ends at its own last observed period
     * @param spec  features to use (local methods may ignore it)
     * @param ctx   seed, device, threads, progress and cancellation
     * @return the trained model
     * @throws io.salescast.core.CancelledException when cancelled
     */
    FittedForecaster fit(SalesPanel panel, FeatureSpec spec, TrainContext ctx);
}
