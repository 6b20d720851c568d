package io.salescast.report;

import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.evaluation.Scores;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.report.BacktestResults.CvForecast;
import io.salescast.report.BacktestResults.SeriesMetrics;
import io.salescast.report.BacktestResults.StepMetrics;
import io.salescast.project.Project;
import io.salescast.project.RunProvenance;
import io.salescast.project.RunResult;
import io.salescast.series.SalesPanel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that turns engine, evaluation and import results into a {@link ReportInput}; the
 * writers never see the engine's types.
 */
public final class ReportInputs {

    /** Metrics shown in the report, in column order. */
    static final List<Metric> METRICS = List.of(Metric.MAE, Metric.RMSE, Metric.MASE, Metric.WAPE, Metric.SMAPE,
            Metric.MAPE, Metric.BIAS);

    private ReportInputs() {
    }

    /**
     * Assembles a report input from one engine run.
     *
     * @param title        project name
     * @param history      the panel the run was fitted on
     * @param settings     the engine settings of the run
     * @param result       the run's results
     * @param importReport the import report of the source file, or null
     * @param explanations explanations of the chosen model, or null
     * @param provenance   run provenance as label/value pairs (input hash, seeds, versions...)
     */
    public static ReportInput of(String title, SalesPanel history, EngineSettings settings, EngineResult result,
                                 ImportReport importReport, ExplanationResults explanations, Map<String, String> provenance) {
        List<String> models = settings.models().stream().map(m -> m.alias()).toList();
        Map<String, String> prov = new LinkedHashMap<>(provenance);
        result.timingsMillis().forEach((stage, ms) -> prov.putIfAbsent("Time: " + stage,
                String.format(Locale.ROOT, "%.1f s", ms / 1000.0)));
        if (result.auto() != null) {
            prov.putIfAbsent("Recommended model", result.auto() + (result.autoReason() == null ? "" : ": " + result.autoReason()));
        }
        ReportSummary summary = new ReportSummary(title, importReport == null ? "" : importReport.file(), Instant.now(),
                settings.horizon(), models, settings(history, settings), prov);
        BacktestResults bt = result.backtest() == null || result.leaderboard() == null ? BacktestResults.empty()
                : backtest(result.backtest(), result.leaderboard());
        return new ReportInput(summary, history, result.forecasts(), chosenModel(result, models), settings.levels(), bt,
                explanations, importReport == null ? DataQuality.unknown() : dataQuality(importReport), trainingCurves(result));
    }

    /**
     * Assembles a report input from a project run, with the import report the run carries.
     *
     * @param run          the run
     * @param explanations explanations of the chosen model, or null
     */
    public static ReportInput of(RunResult run, ExplanationResults explanations) {
        return of(run, run.importReport(), explanations);
    }

    /**
     * Assembles a report input from a project run (the usual entry point of the CLI and the app).
     *
     * @param run          the run
     * @param importReport the import report of the run's data file, or null
     * @param explanations explanations of the chosen model, or null
     */
    public static ReportInput of(RunResult run, ImportReport importReport, ExplanationResults explanations) {
        Project p = run.project();
        EngineSettings settings = p.engineSettings(run.panel().frequency());
        return of(p.name(), run.panel(), settings, run.result(), importReport, explanations, provenance(run.provenance()));
    }

    /** Run provenance as label/value lines for the Summary sheet. */
    static Map<String, String> provenance(RunProvenance r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Salescast version", r.salescastVersion());
        out.put("Run started (UTC)", String.valueOf(r.started()));
        out.put("Run finished (UTC)", String.valueOf(r.finished()));
        out.put("Input file", r.inputFile());
        out.put("Input SHA-256", r.inputSha256());
        out.put("Input size (bytes)", Long.toString(r.inputBytes()));
        out.put("Series", Integer.toString(r.series()));
        out.put("Rows", Long.toString(r.rows()));
        out.put("Column mapping", String.valueOf(r.mapping()));
        out.put("Seed", Long.toString(r.seed()));
        out.put("Threads", Integer.toString(r.threads()));
        out.put("Device", String.valueOf(r.device()));
        out.put("Operating system", r.os() + ", " + r.processors() + " processors");
        if (r.recommended() != null) {
            out.put("Recommended model", r.recommended());
        }
        r.libraries().forEach((lib, v) -> out.put("Library " + lib, v));
        r.timingsMillis().forEach((stage, ms) -> out.put("Time: " + stage, String.format(Locale.ROOT, "%.1f s", ms / 1000.0)));
        r.modelProvenance().forEach((alias, prov) -> out.put("Model provenance " + alias, clip(prov)));
        return out;
    }

    /** A cell holds at most 32,767 characters. */
    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 32_000 ? s : s.substring(0, 32_000) + " [cut: see provenance.json]";
    }

    /** The model the charts show: the recommended one, else the first model with a forecast. */
    public static String chosenModel(EngineResult result, List<String> models) {
        List<String> cols = result.forecasts().columnNames();
        if (result.auto() != null && cols.contains(result.auto())) {
            return result.auto();
        }
        if (cols.contains(EngineSettings.AUTO)) {
            return EngineSettings.AUTO;
        }
        return models.stream().filter(cols::contains).findFirst().orElse(cols.isEmpty() ? "" : cols.get(0));
    }

    /** Key settings for the Summary sheet. */
    static Map<String, String> settings(SalesPanel history, EngineSettings s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Frequency", history.frequency().name().toLowerCase(Locale.ROOT));
        out.put("Horizon", s.horizon() + " periods");
        out.put("Backtest", s.windows() == 0 ? "none" : s.windows() + " windows, every " + s.step() + " periods");
        out.put("Model selection metric", s.selectBy().name());
        out.put("Models", s.models().stream().map(Object::toString).collect(Collectors.joining(", ")));
        out.put("Fallback for short series", s.fallback().toString());
        out.put("Interval levels", s.levels().stream().map(l -> l + "%").collect(Collectors.joining(", ")));
        FeatureSpec f = s.features();
        out.put("Lags", list(f.lags()));
        out.put("Rolling statistics", list(f.rolling().stream().map(FeatureSpec.RollingFeature::name).toList()));
        out.put("Calendar features", list(f.calendar()));
        out.put("Covariates", list(f.covariates()));
        out.put("Static attributes", list(f.attributes()));
        out.put("Target transform", String.valueOf(f.transform()).toLowerCase(Locale.ROOT));
        return out;
    }

    private static String list(java.util.Collection<?> items) {
        return items.isEmpty() ? "none" : items.stream().map(o -> o instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : o.toString())
                .collect(Collectors.joining(", "));
    }

    /** Backtest tables from the evaluation results. */
    public static BacktestResults backtest(Backtest backtest, Leaderboard board) {
        Metric primary = board.sortedBy();
        List<String> names = METRICS.stream().map(ReportInputs::label).toList();
        Scores ref = board.row(board.reference()).map(Leaderboard.Row::overall).orElse(null);
        List<LeaderboardRow> rows = new ArrayList<>();
        List<StepMetrics> steps = new ArrayList<>();
        List<SeriesMetrics> series = new ArrayList<>();
        for (Leaderboard.Row r : board.rows()) {
            double skill = ref == null ? Double.NaN : skill(primary.of(r.overall()), primary.of(ref));
            rows.add(new LeaderboardRow(r.model(), r.baseline(), values(r.overall()), skill));
            List<Scores> perStep = board.perStep(r.model());
            for (int k = 0; k < perStep.size(); k++) {
                steps.add(new StepMetrics(r.model(), k + 1, values(perStep.get(k))));
            }
            board.perSeries(r.model()).forEach((id, sc) -> series.add(new SeriesMetrics(r.model(), id, values(sc))));
        }
        List<CvForecast> windows = new ArrayList<>();
        for (Backtest.Slice s : backtest.slices()) {
            windows.add(new CvForecast(s.id(), s.cutoff(), s.start(), s.actual(), s.columns()));
        }
        return new BacktestResults(names, label(primary), rows, steps, series, windows);
    }

    /** The import report as the Data quality sheet shows it. */
    public static DataQuality dataQuality(ImportReport r) {
        List<DataQuality.Issue> issues = new ArrayList<>();
        r.problems().stream()
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .forEach(p -> issues.add(new DataQuality.Issue(p.severity().name(), where(p), p.message(), p.count())));
        String source = r.sheet() == null ? r.file() : r.file() + ", sheet \"" + r.sheet() + "\"";
        return new DataQuality(source, r.rowsRead(), r.rowsImported(), r.rowsSkipped(), r.invalidCells(), r.periodsFilled(), issues);
    }

    private static String where(ImportProblem p) {
        return p.location() == null ? "" : p.location().describe();
    }

    /** Display name of a metric. */
    static String label(Metric m) {
        return switch (m) {
            case SMAPE -> "sMAPE";
            case BIAS -> "|bias|";
            default -> m.name();
        };
    }

    private static double[] values(Scores s) {
        double[] v = new double[METRICS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = METRICS.get(i).of(s);
        }
        return v;
    }

    private static double skill(double value, double reference) {
        return Double.isNaN(value) || !(reference > 0) ? Double.NaN : 1 - value / reference;
    }

    /** The training curves of the run's models that have one (the neural networks), by alias. */
    static Map<String, io.salescast.forecast.TrainingCurve> trainingCurves(EngineResult result) {
        Map<String, io.salescast.forecast.TrainingCurve> out = new LinkedHashMap<>();
        for (String alias : result.forecasts().columnNames()) {
            result.model(alias).flatMap(m -> m.trainingCurve())
                    .filter(c -> !c.epochs().isEmpty())
                    .ifPresent(c -> out.put(alias, c));
        }
        return out;
    }
}
