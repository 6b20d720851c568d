package io.salescast.cli;

import io.salescast.core.ProgressListener;
import io.salescast.evaluation.BacktestCsv;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.project.Project;
import io.salescast.project.ProjectRunner;
import io.salescast.project.ProjectStore;
import io.salescast.series.SalesPanel;
import io.salescast.series.SeriesImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast backtest PROJECT.json} or {@code salescast backtest FILE ...}: rolling-origin
 * backtest of the models and the leaderboard (WAPE, MASE, skill against seasonal naive, interval
 * coverage). With a project, its settings are used; options given on the command line override
 * the project's models, horizon and windows.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Backtest models on rolling origins and print the leaderboard.",
            "INPUT is a project file (.json, e.g. samples/sample-store.json) or a sales file (then map columns as in 'forecast').",
            "Exit codes: 0 done, 2 wrong usage, 3 bad input or settings, 130 cancelled (Ctrl-C)."})
final class BacktestCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Project file (.json) or sales file.")
    private Path input;

    @Mixin
    private ReadOptionsMixin read = new ReadOptionsMixin();

    @Mixin
    private DataOptions data = new DataOptions();

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the backtest (unique_id, ds, cutoff, y, models...).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandLine.ParseResult pr = spec.commandLine().getParseResult();
        boolean project = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ProgressBar bar = EngineCommands.bar(err, quiet);
        EngineResult r;
        SalesPanel panel;
        long t0 = System.nanoTime();
        try (Interrupts interrupts = new Interrupts()) {
            ProgressListener progress = EngineCommands.listener(bar, true);
            EngineSettings settings;
            TrainContext ctx;
            if (project) {
                Project p = ProjectStore.load(input);
                panel = new ProjectRunner(ModelCatalog.standard()).load(p, input, progress, interrupts.token()).shaped().panel();
                settings = p.engineSettings(panel.frequency());
                if (pr.hasMatchedOption("--models")) {
                    settings = settings.withModels(engine.modelSpecs());
                }
                if (pr.hasMatchedOption("--windows")) {
                    settings = settings.withWindows(engine.windows);
                }
                if (pr.hasMatchedOption("--horizon")) {
                    settings = new EngineSettings(settings.models(), settings.fallback(), settings.features(), engine.horizon,
                            settings.windows(), engine.horizon, settings.levels(), settings.selectBy(), settings.minHistory());
                }
                ctx = ProjectRunner.context(p, progress, interrupts.token());
            } else {
                ImportResult table = Importer.read(input, read.toOptions(spec.commandLine()), progress, interrupts.token());
                var mapping = data.mapping(table, spec.commandLine(), err);
                panel = SeriesImport.shape(table, mapping, data.panelOptions(), progress, interrupts.token()).shaped().panel();
                settings = new EngineSettings(engine.modelSpecs(), null, FeatureSpec.defaults(panel.frequency(), engine.horizon),
                        engine.horizon, engine.windows, engine.horizon, engine.levels, engine.metric(), 0);
                ctx = EngineCommands.context(engine, progress, interrupts);
            }
            r = new ForecastEngine(settings, ModelCatalog.standard()).evaluate(panel, ctx);
            if (out != null) {
                BacktestCsv.write(r.backtest(), out);
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        o.printf(Locale.ROOT, "Data: %s, %d series, %s, %s to %s%n", input.getFileName(), panel.size(),
                panel.frequency().name().toLowerCase(Locale.ROOT), panel.firstDate(), panel.lastDate());
        LeaderboardPrinter.print(o, r);
        o.printf(Locale.ROOT, "Backtest took %.1f s%s%n", (System.nanoTime() - t0) / 1e9, out == null ? "" : "; wrote " + out);
        o.flush();
        return ExitCodes.OK;
    }
}
