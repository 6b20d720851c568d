package io.salescast.app.viewmodel;

import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.SalesPanel;
import java.time.Duration;
import java.time.Instant;

/**
 * The last training run: what went in and what came out.
 *
 * @param settings the engine settings
 * @param seed     the seed used
 * @param panel    the data it trained on
 * @param result   the engine's result
 * @param finished when it finished
 * @param took     how long it took
 * @param restored whether it was read back from a saved project rather than trained in this session
 */
public record RunResult(EngineSettings settings, long seed, SalesPanel panel, EngineResult result, Instant finished, Duration took,
                        boolean restored) {

    /** A run trained in this session. */
    public RunResult(EngineSettings settings, long seed, SalesPanel panel, EngineResult result, Instant finished, Duration took) {
        this(settings, seed, panel, result, finished, took, false);
    }

    /** The columns that are point forecasts (no interval columns), recommended first. */
    public java.util.List<String> forecastColumns() {
        java.util.List<String> cols = result.forecasts().columnNames().stream().filter(c -> !c.matches(".*-(lo|hi)-\\d+$")).toList();
        java.util.List<String> out = new java.util.ArrayList<>();
        if (cols.contains(EngineSettings.AUTO)) {
            out.add(EngineSettings.AUTO);
        }
        cols.stream().filter(c -> !c.equals(EngineSettings.AUTO)).forEach(out::add);
        return out;
    }

    /** A run context with the same seed (for explanations that re-run a model). */
    public TrainContext context() {
        return TrainContext.defaults(seed);
    }
}
