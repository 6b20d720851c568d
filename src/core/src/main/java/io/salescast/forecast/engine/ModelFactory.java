package io.salescast.forecast.engine;

import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.series.Frequency;

/** Creates the forecaster of a model type (registered in a {@link ModelCatalog}, e.g. by module neural). */
@FunctionalInterface
public interface ModelFactory {

    /**
     * @param spec      the model spec (its type is the one this factory was registered for)
     * @param frequency frequency of the data
     * @param horizon   forecast horizon (direct strategies train for it)
     * @return the forecaster, aliased as {@code spec.alias()}
     */
    Forecaster create(ModelSpec spec, Frequency frequency, int horizon);
}
