package io.salescast.evaluation;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.LocalForecaster;
import io.salescast.series.SalesPanel;

import java.util.List;
import java.util.Objects;

/**
 * What cross-validation runs in each window: something that, given the history known at a
 * cutoff, forecasts the next periods under one or more aliases. A plain {@link Forecaster} is
 * wrapped by {@link #of(Forecaster, FeatureSpec)}; the engine may implement this directly to fit
 * several models (or an ensemble) at once per window.
 */
public interface BacktestModel {

    /** Columns this model produces (model aliases), in display order. */
    List<String> aliases();

    /** Whether {@code alias} is a baseline (always listed on the leaderboard). */
    default boolean isBaseline(String alias) {
        return false;
    }

    /**
     * Forecasts the window.
     *
     * @param history          the panel truncated at the cutoff ({@link SalesPanel#until})
     * @param futureCovariates covariates of the forecast periods from the actual data (known future:
     *                         planned price, promotions), targets NaN
     * @param horizon          periods to forecast
     * @param levels           interval levels in percent
     * @param ctx              training context
     * @return forecasts with a column per alias (interval columns optional)
     */
    ForecastFrame forecast(SalesPanel history, SalesPanel futureCovariates, int horizon, int[] levels, TrainContext ctx);

    /**
     * Wraps a forecaster: fit on the history, predict the window. Local methods of the baseline
     * package count as baselines.
     */
    static BacktestModel of(Forecaster forecaster, FeatureSpec spec) {
        Objects.requireNonNull(forecaster);
        FeatureSpec features = spec == null ? FeatureSpec.none() : spec;
        boolean baseline = forecaster instanceof LocalForecaster;
        return new BacktestModel() {
            @Override
            public List<String> aliases() {
                return List.of(forecaster.alias());
            }

            @Override
            public boolean isBaseline(String alias) {
                return baseline;
            }

            @Override
            public ForecastFrame forecast(SalesPanel history, SalesPanel futureCovariates, int horizon, int[] levels,
                                          TrainContext ctx) {
                return forecaster.fit(history, features, ctx).predict(horizon, futureCovariates, levels);
            }

            @Override
            public String toString() {
                return forecaster.alias();
            }
        };
    }
}
