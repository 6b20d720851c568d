package io.salescast.cli;

import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ForecastCsv;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.project.Project;
import io.salescast.project.ProjectSource;
import io.salescast.project.ProjectStore;
import io.salescast.series.ColumnMapping;
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
 * {@code salescast forecast FILE --horizon 28 --out forecasts.csv}: reads any file
 * {@code import} reads, backtests the models, and writes a column per model plus {@code auto}
 * (the model or blend with the lowest backtest error) and interval columns.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Forecast every series of a sales file: a column per model, 'auto' (the engine's recommendation,",
            "picked by backtest error) and prediction intervals <model>-lo-80 / <model>-hi-80.",
            "Exit codes: 0 done, 2 wrong usage, 3 bad input or settings, 130 cancelled (Ctrl-C)."})
final class ForecastCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sales file: CSV/TSV (also .gz), XLSX or XLS; order lines are summed per period.")
    private Path file;

    @Mixin
    private ReadOptionsMixin read = new ReadOptionsMixin();

    @Mixin
    private DataOptions data = new DataOptions();

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output CSV: unique_id, ds, a column per model, auto, intervals.")
    private Path out;

    @Option(names = "--backtest-out", paramLabel = "FILE", description = "Also write the backtest (unique_id, ds, cutoff, y, models...).")
    private Path backtestOut;

    @Option(names = "--save-project", paramLabel = "FILE", description = "Also save these settings as a project file (for 'salescast run').")
    private Path saveProject;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var readOptions = read.toOptions(spec.commandLine());
        EngineResult r;
        SalesPanel panel;
        ColumnMapping mapping;
        ProgressBar bar = EngineCommands.bar(err, quiet);
        try (Interrupts interrupts = new Interrupts()) {
            ProgressListener progress = EngineCommands.listener(bar, engine.windows > 0);
            ImportResult table = Importer.read(file, readOptions, progress, interrupts.token());
            mapping = data.mapping(table, spec.commandLine(), err);
            SeriesImport.Outcome shaped = SeriesImport.shape(table, mapping, data.panelOptions(), progress, interrupts.token());
            panel = shaped.shaped().panel();
            EngineSettings settings = new EngineSettings(engine.modelSpecs(), null,
                    FeatureSpec.defaults(panel.frequency(), engine.horizon), engine.horizon, engine.windows, engine.horizon,
                    engine.levels, engine.metric(), 0);
            TrainContext ctx = EngineCommands.context(engine, progress, interrupts);
            r = new ForecastEngine(settings, ModelCatalog.standard()).run(panel, null, ctx);
            ForecastCsv.write(r.forecasts(), out);
            if (backtestOut != null && r.backtest() != null) {
                io.salescast.evaluation.BacktestCsv.write(r.backtest(), backtestOut);
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        o.printf(Locale.ROOT, "Read %s: %d series, %s, %s to %s%n", file.getFileName(), panel.size(),
                panel.frequency().name().toLowerCase(Locale.ROOT), panel.firstDate(), panel.lastDate());
        LeaderboardPrinter.print(o, r);
        o.printf(Locale.ROOT, "Wrote %s: %d series x %d periods, columns %s%n", out, r.forecasts().series().size(), engine.horizon,
                r.forecasts().columnNames());
        if (saveProject != null) {
            Path dataPath = file.toAbsolutePath();
            Path dir = saveProject.toAbsolutePath().getParent();
            String rel = dir == null ? dataPath.toString() : dir.relativize(dataPath).toString();
            ProjectSource src = new ProjectSource(rel, readOptions, mapping, data.panelOptions());
            Project p = new Project(ProjectStore.FORMAT_VERSION, file.getFileName().toString(), src, panel.frequency(),
                    FeatureSpec.defaults(panel.frequency(), engine.horizon), engine.modelSpecs(), null, engine.horizon,
                    engine.levels, engine.windows, 0, engine.metric(), engine.seed, engine.threads);
            ProjectStore.save(p, saveProject);
            o.printf(Locale.ROOT, "Saved project %s (run it again with: salescast run %s)%n", saveProject, saveProject);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
