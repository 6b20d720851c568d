package io.salescast.forecast;

import io.salescast.series.SalesPanel;

/** A trained model that forecasts the periods after the history it was fitted on. */
public interface FittedForecaster {

    /** Alias of the model (column name in outputs). */
    String alias();

    /**
     * Forecasts {@code horizon} periods after the end of each series seen in training.
     *
     * @param horizon          number of periods ahead (at least 1)
     * @param futureCovariates known-future covariates for the forecast periods: a panel with the
     *                         same series and covariate names whose series start at the first
     *                         forecast period and cover at least {@code horizon} periods (target
     *                         values ignored); null means none are known (models carry the last
     *                         known values forward, promotions off)
     * @param levels           interval levels in percent (e.g. 80, 95); models without native
     *                         intervals may ignore them (the engine calibrates conformal intervals)
     * @return one forecast per series with column {@link #alias()} and, where produced, interval
     *         columns named by {@link ForecastFrame#lo(String, int)} / {@link ForecastFrame#hi(String, int)}
     */
    ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels);

    /**
     * Loss per training epoch, for models trained by gradient descent (neural networks); empty for
     * models that have no such curve.
     */
    default java.util.Optional<TrainingCurve> trainingCurve() {
        return java.util.Optional.empty();
    }
}
