package io.salescast.cli;

import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.project.Project;
import io.salescast.project.ProjectRunner;
import io.salescast.project.ProjectStore;
import io.salescast.project.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast run PROJECT.json}: runs a project (backtest, blends, recommendation, final
 * fit, forecasts with intervals) and saves the results and trained models beside it.
 */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Run a project file: backtest, pick, forecast; results go to <project>.results/",
            "(forecasts.csv, backtest.csv, leaderboard.csv, provenance.json, models/*.tribuo).",
            "Exit codes: 0 done, 2 wrong usage, 3 bad input or settings, 130 cancelled (Ctrl-C)."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "Project file (.json), e.g. samples/sample-store.json.")
    private Path projectFile;

    @Option(names = "--no-save", description = "Do not write the result files (print the leaderboard only).")
    private boolean noSave;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Project project = ProjectStore.load(projectFile);
        ProgressBar bar = EngineCommands.bar(spec.commandLine().getErr(), quiet);
        RunResult run;
        try (Interrupts interrupts = new Interrupts()) {
            run = new ProjectRunner(ModelCatalog.standard()).run(project, projectFile, !noSave,
                    EngineCommands.listener(bar, project.windows() > 0), interrupts.token());
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        o.printf(Locale.ROOT, "Project %s: %d series, %s, %s to %s, horizon %d%n", project.name(), run.panel().size(),
                run.panel().frequency().name().toLowerCase(Locale.ROOT), run.panel().firstDate(), run.panel().lastDate(),
                project.horizon());
        LeaderboardPrinter.print(o, run.result());
        o.printf(Locale.ROOT, "Timings (ms): %s%n", run.provenance().timingsMillis());
        if (run.resultsDir() != null) {
            o.printf(Locale.ROOT, "Results in %s%n", run.resultsDir());
        }
        o.flush();
        return ExitCodes.OK;
    }
}
