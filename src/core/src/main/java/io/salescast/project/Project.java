package io.salescast.project;

import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.Frequency;

import java.util.List;
import java.util.Objects;

/**
 * The unit of work: where the data comes from, how it is shaped, which features and models run,
 * the horizon, backtest and interval settings, and the seed. The desktop app edits one; the
 * command line runs one; both get the same numbers for the same project. Saved as JSON by
 * {@link ProjectStore}.
 *
 * @param formatVersion file format version ({@link ProjectStore#FORMAT_VERSION} when written)
 * @param name          display name
 * @param source        data file, reading options and column mapping
 * @param frequency     frequency of the series (null: the source's panel options or detection decide)
 * @param features      feature spec of the global models
 * @param models        model specs, blends included
 * @param fallback      model for series too short for the global models
 * @param horizon       periods to forecast
 * @param levels        interval levels in percent
 * @param windows       backtest windows (0 = none)
 * @param step          periods between backtest cutoffs (0 = the horizon)
 * @param selectBy      metric that picks the recommended forecast
 * @param seed          seed of every random choice
 * @param threads       thread budget (0 = the machine's default, at most 4)
 */
public record Project(int formatVersion, String name, ProjectSource source, Frequency frequency, FeatureSpec features,
                      List<ModelSpec> models, ModelSpec fallback, int horizon, List<Integer> levels, int windows, int step,
                      Metric selectBy, long seed, int threads) {

    /** Default seed of new projects. */
    public static final long DEFAULT_SEED = 42L;

    /** Validates and fills defaults. */
    public Project {
        Objects.requireNonNull(source, "source");
        name = name == null || name.isBlank() ? "Untitled" : name;
        models = models == null || models.isEmpty() ? ModelCatalog.defaultModels() : List.copyOf(models);
        levels = levels == null ? List.of(80, 95) : List.copyOf(levels);
        selectBy = selectBy == null ? Metric.WAPE : selectBy;
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
    }

    /** A new project with the strong defaults for a frequency: default models and features, 3 windows, 80/95%. */
    public static Project create(String name, ProjectSource source, Frequency frequency, int horizon) {
        FeatureSpec features = frequency == null ? null : FeatureSpec.defaults(frequency, horizon);
        return new Project(ProjectStore.FORMAT_VERSION, name, source, frequency, features, ModelCatalog.defaultModels(), null,
                horizon, List.of(80, 95), 3, 0, Metric.WAPE, DEFAULT_SEED, 0);
    }

    /** Engine settings of this project for data of the given frequency (features default from it when absent). */
    public EngineSettings engineSettings(Frequency dataFrequency) {
        FeatureSpec f = features != null ? features : FeatureSpec.defaults(dataFrequency, horizon);
        return new EngineSettings(models, fallback, f, horizon, windows, step, levels, selectBy, 0);
    }

    /** The same project with other models. */
    public Project withModels(List<ModelSpec> newModels) {
        return new Project(formatVersion, name, source, frequency, features, newModels, fallback, horizon, levels, windows, step,
                selectBy, seed, threads);
    }

    /** The same project with another source. */
    public Project withSource(ProjectSource newSource) {
        return new Project(formatVersion, name, newSource, frequency, features, models, fallback, horizon, levels, windows, step,
                selectBy, seed, threads);
    }

    /** The same project with another feature spec. */
    public Project withFeatures(FeatureSpec newFeatures) {
        return new Project(formatVersion, name, source, frequency, newFeatures, models, fallback, horizon, levels, windows, step,
                selectBy, seed, threads);
    }

    /** The same project with another horizon. */
    public Project withHorizon(int newHorizon) {
        return new Project(formatVersion, name, source, frequency, features, models, fallback, newHorizon, levels, windows, step,
                selectBy, seed, threads);
    }

    /** The same project with other interval levels. */
    public Project withLevels(List<Integer> newLevels) {
        return new Project(formatVersion, name, source, frequency, features, models, fallback, horizon, newLevels, windows, step,
                selectBy, seed, threads);
    }

    /** The same project with another number of backtest windows. */
    public Project withWindows(int newWindows) {
        return new Project(formatVersion, name, source, frequency, features, models, fallback, horizon, levels, newWindows, step,
                selectBy, seed, threads);
    }

    /** The same project with another seed. */
    public Project withSeed(long newSeed) {
        return new Project(formatVersion, name, source, frequency, features, models, fallback, horizon, levels, windows, step,
                selectBy, newSeed, threads);
    }
}
