package io.salescast.forecast.engine;

import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ModelSpec;
import io.salescast.series.Frequency;

import java.util.List;

/**
 * What the engine runs: models, features, horizon, backtest windows, interval levels, how the
 * recommended model is picked, and the fallback for short series.
 *
 * @param models     model specs (global, baselines, registered types, blends {@code ensemble} / {@code stacked})
 * @param fallback   model for series shorter than {@code minHistory} (global models only)
 * @param features   feature spec for the global models
 * @param horizon    periods to forecast
 * @param windows    backtest windows (0 = no backtest: no blends, intervals or recommendation)
 * @param step       periods between backtest cutoffs (0 = the horizon)
 * @param levels     interval levels in percent
 * @param selectBy   metric that picks the recommended ({@code auto}) forecast
 * @param minHistory periods a series needs for the global models (0 = a default per frequency)
 */
public record EngineSettings(List<ModelSpec> models, ModelSpec fallback, FeatureSpec features, int horizon, int windows,
                             int step, List<Integer> levels, Metric selectBy, int minHistory) {

    /** Name of the output column holding the recommended forecast. */
    public static final String AUTO = "auto";

    /** Validates and fills defaults. */
    public EngineSettings {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
        if (windows < 0 || step < 0 || minHistory < 0) {
            throw new IllegalArgumentException("windows, step and minHistory must be >= 0");
        }
        fallback = fallback == null ? ModelSpec.of("moving_average") : fallback;
        features = features == null ? FeatureSpec.none() : features;
        levels = levels == null ? List.of() : List.copyOf(levels);
        selectBy = selectBy == null ? Metric.WAPE : selectBy;
        step = step == 0 ? horizon : step;
    }

    /** The strong defaults for a frequency and horizon: default models and features, 3 windows, 80/95% intervals. */
    public static EngineSettings defaults(Frequency frequency, int horizon) {
        return new EngineSettings(ModelCatalog.defaultModels(), null, FeatureSpec.defaults(frequency, horizon), horizon, 3,
                horizon, List.of(80, 95), Metric.WAPE, 0);
    }

    /** Periods of history a series needs for the global models. */
    public int minHistory(Frequency frequency) {
        if (minHistory > 0) {
            return minHistory;
        }
        return switch (frequency) {
            case DAILY -> 28;
            case WEEKLY -> 13;
            case MONTHLY -> 6;
        };
    }

    /** Interval levels as an array. */
    public int[] levelArray() {
        return levels.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The same settings with other models. */
    public EngineSettings withModels(List<ModelSpec> newModels) {
        return new EngineSettings(newModels, fallback, features, horizon, windows, step, levels, selectBy, minHistory);
    }

    /** The same settings with another feature spec. */
    public EngineSettings withFeatures(FeatureSpec newFeatures) {
        return new EngineSettings(models, fallback, newFeatures, horizon, windows, step, levels, selectBy, minHistory);
    }

    /** The same settings with another number of backtest windows. */
    public EngineSettings withWindows(int newWindows) {
        return new EngineSettings(models, fallback, features, horizon, newWindows, step, levels, selectBy, minHistory);
    }

    /** The same settings with other interval levels. */
    public EngineSettings withLevels(List<Integer> newLevels) {
        return new EngineSettings(models, fallback, features, horizon, windows, step, newLevels, selectBy, minHistory);
    }
}
