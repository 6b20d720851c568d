package io.salescast.project;

import io.salescast.forecast.engine.EngineResult;
import io.salescast.ingest.ImportReport;
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
 * @param resultsDir   folder of the result files (null when not saved)
 * @param importReport what reading and shaping the data found (rows read, problems), or null
 *                     when unknown; the report's Data quality sheet shows it
 */
public record RunResult(Project project, SalesPanel panel, EngineResult result, RunProvenance provenance, Path resultsDir,
                        ImportReport importReport) {

    /** A run whose import report is unknown. */
    public RunResult(Project project, SalesPanel panel, EngineResult result, RunProvenance provenance, Path resultsDir) {
        this(project, panel, result, provenance, resultsDir, null);
    }
}
