package io.salescast.cli;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.evaluation.BacktestCsv;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ForecastCsv;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.project.Project;
import io.salescast.project.ProjectSource;
import io.salescast.project.ProjectStore;
import io.salescast.report.ExcelReport;
import io.salescast.report.ExplanationResults;
import io.salescast.report.ReportExplanations;
import io.salescast.report.ReportInputs;
import io.salescast.report.ReportOptions;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code salescast forecast FILE --horizon 28 --out forecasts.csv}: reads any file
 * {@code import} reads, backtests the models, and writes a column per model plus {@code auto}
 * (the model or blend with the lowest backtest error) and interval columns; with
 * {@code --report report.xlsx} also the Excel report of the same run.
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

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the Excel report of this run (.xlsx): summary, leaderboard, forecasts, charts,"
                    + " backtest, explanations of the recommended model, data quality.")
    private Path report;

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
        EngineSettings settings;
        ColumnMapping mapping;
        ProgressBar bar = EngineCommands.bar(err, quiet);
        try (Interrupts interrupts = new Interrupts()) {
            ProgressListener engineProgress = EngineCommands.listener(bar, engine.windows > 0);
            boolean[] runDone = {false};
            // the engine's bar maps its own stages; after the run, explain and report draw their own stage
            ProgressListener progress = (stage, fraction, message) -> {
                if (runDone[0] && bar != null) {
                    bar.progress(stage, fraction, message);
                } else {
                    engineProgress.progress(stage, fraction, message);
                }
            };
            ImportResult table = Importer.read(file, readOptions, progress, interrupts.token());
            mapping = data.mapping(table, spec.commandLine(), err);
            SeriesImport.Outcome shaped = SeriesImport.shape(table, mapping, data.panelOptions(), progress, interrupts.token());
            panel = shaped.shaped().panel();
            settings = new EngineSettings(engine.modelSpecs(), null,
                    FeatureSpec.defaults(panel.frequency(), engine.horizon), engine.horizon, engine.windows, engine.horizon,
                    engine.levels, engine.metric(), 0);
            TrainContext ctx = EngineCommands.context(engine, progress, interrupts);
            r = new ForecastEngine(settings, Models.catalog()).run(panel, null, ctx);
            ForecastCsv.write(r.forecasts(), out);
            if (backtestOut != null && r.backtest() != null) {
                BacktestCsv.write(r.backtest(), backtestOut);
            }
            runDone[0] = true;
            if (report != null) {
                writeReport(shaped.report(), panel, settings, r, progress, interrupts.token());
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
        if (report != null) {
            o.printf(Locale.ROOT, "Wrote report %s%n", report);
        }
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

    /** The Excel report of this run, explaining the recommended model (or the best global one). */
    private void writeReport(ImportReport importReport, SalesPanel panel, EngineSettings settings, EngineResult r,
                             ProgressListener progress, CancellationToken cancel) {
        String chosen = ReportInputs.chosenModel(r, settings.models().stream().map(m -> m.alias()).toList());
        ExplanationResults explanations = ReportExplanations.explain(r, chosen, engine.horizon, engine.seed, progress, cancel);
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("Command", "salescast forecast");
        provenance.put("Input file", file.toAbsolutePath().normalize().toString());
        provenance.put("Series", Integer.toString(panel.size()));
        provenance.put("Seed", Long.toString(engine.seed));
        provenance.put("Threads", Integer.toString(engine.threads));
        String title = file.getFileName().toString();
        ExcelReport.write(ReportInputs.of(title, panel, settings, r, importReport, explanations, provenance), report,
                ReportOptions.defaults(), progress, cancel);
    }
}
