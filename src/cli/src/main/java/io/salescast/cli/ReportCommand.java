package io.salescast.cli;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.ingest.ImportReport;
import io.salescast.project.Project;
import io.salescast.project.ProjectRunner;
import io.salescast.project.ProjectStore;
import io.salescast.project.RunResult;
import io.salescast.report.ChartSelection;
import io.salescast.report.ExcelReport;
import io.salescast.report.ExplanationResults;
import io.salescast.report.ReportExplanations;
import io.salescast.report.ReportExports;
import io.salescast.report.ReportInput;
import io.salescast.report.ReportInputs;
import io.salescast.report.ReportOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast report PROJECT.json --out report.xlsx}: runs the project (same seed, same
 * numbers) and writes the report workbook, optionally with the CSV exports and chart images.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run a project and write its Excel report: summary and leaderboard, forecast tables, native charts,"
            + " backtest, explanations and data quality.",
            "Exit codes: 0 done, 2 wrong usage, 3 the project, its data or the output cannot be used, 130 cancelled."})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "Project file (.json).")
    private Path projectFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Report workbook to write (.xlsx).")
    private Path out;

    @Option(names = "--charts", paramLabel = "SELECTION", defaultValue = "top:20",
            description = "Products with a chart: top:N (largest by volume), all:N (every product up to N) or ids:A,B,C"
                    + " (default: ${DEFAULT-VALUE}).")
    private String charts;

    @Option(names = "--category", paramLabel = "ATTRIBUTE", defaultValue = "category",
            description = "Static attribute whose values get a total chart each (default: ${DEFAULT-VALUE}); 'none' for none.")
    private String category;

    @Option(names = "--history", paramLabel = "N", defaultValue = "0",
            description = "Periods of history drawn before the forecast (default: three horizons, at least two seasons).")
    private int history;

    @Option(names = "--drivers", paramLabel = "N", defaultValue = "3", description = "Top drivers listed per product (default: ${DEFAULT-VALUE}).")
    private int drivers;

    @Option(names = "--no-explain", description = "Leave out the explanations (faster for very large panels).")
    private boolean noExplain;

    @Option(names = "--no-wide", description = "Leave out the products x periods sheet.")
    private boolean noWide;

    @Option(names = "--csv-dir", paramLabel = "DIR",
            description = "Also write forecast.csv, backtest.csv, backtest-metrics.csv, explanations.csv, importance.csv"
                    + " (long format) into DIR.")
    private Path csvDir;

    @Option(names = "--images", paramLabel = "DIR", description = "Also write an image of every chart into DIR.")
    private Path imagesDir;

    @Option(names = "--image-format", paramLabel = "FORMAT", defaultValue = "PNG",
            description = "png or svg (default: png).", converter = ImageFormatConverter.class)
    private ReportExports.ImageFormat imageFormat;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        ReportOptions options = options();
        Project project = ProjectStore.load(projectFile);
        PrintWriter o = spec.commandLine().getOut();
        ProgressBar bar = ProgressBar.orNone(spec.commandLine().getErr(), quiet);
        ProgressListener progress = bar == null ? ProgressListener.NONE : bar;
        CancellationToken cancel = CancellationToken.none();
        List<Path> written = new ArrayList<>();
        try {
            ProjectRunner runner = new ProjectRunner(ModelCatalog.standard());
            ImportReport importReport = runner.load(project, projectFile, progress, cancel).report();
            RunResult run = runner.run(project, projectFile, false, progress, cancel);
            ExplanationResults explanations = noExplain ? null
                    : ReportExplanations.explain(run.result(), ReportInputs.chosenModel(run.result(), project.models().stream()
                            .map(m -> m.alias()).toList()), project.horizon(), project.seed(), progress, cancel);
            ReportInput input = ReportInputs.of(run, importReport, explanations);
            ExcelReport.write(input, out, options, progress, cancel);
            written.add(out);
            if (csvDir != null) {
                Files.createDirectories(csvDir);
                written.addAll(ReportExports.writeCsv(input, csvDir));
            }
            if (imagesDir != null) {
                Files.createDirectories(imagesDir);
                written.addAll(ReportExports.writeImages(input, options, imagesDir, imageFormat, progress, cancel));
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        o.printf(Locale.ROOT, "Report of %s written:%n", project.name());
        for (Path p : written) {
            o.printf(Locale.ROOT, "  %s%n", p.toAbsolutePath().normalize());
        }
        o.flush();
        return ExitCodes.OK;
    }

    private ReportOptions options() {
        ChartSelection selection;
        try {
            selection = ChartSelection.parse(charts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (history < 0 || drivers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--history must be >= 0 and --drivers >= 1");
        }
        String attribute = "none".equalsIgnoreCase(category) ? null : category;
        return new ReportOptions(selection, attribute, history, drivers, !noWide);
    }

    /** Parses png/svg case-insensitively. */
    static final class ImageFormatConverter implements CommandLine.ITypeConverter<ReportExports.ImageFormat> {
        @Override
        public ReportExports.ImageFormat convert(String value) {
            try {
                return ReportExports.ImageFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("use png or svg, not '" + value + "'");
            }
        }
    }
}
