package io.salescast.project;

import io.salescast.forecast.engine.EngineResult;
import io.salescast.series.SalesPanel;

import java.nio.file.Path;

/**
 * One run of a project: the data as shaped, the engine's result, the provenance and where the
 * result files were written.
 *
 * @param project    the project that ran
 * @param panel      the series it ran on
 * @param result     forecasts, backtest, leaderboard, fitted models
 * @param provenance where the result came from
 * @param resultsDir folder of the result files (null when not saved)
 */
public record RunResult(Project project, SalesPanel panel, EngineResult result, RunProvenance provenance, Path resultsDir) {
}
