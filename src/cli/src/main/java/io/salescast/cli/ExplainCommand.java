package io.salescast.cli;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;
import io.salescast.explain.ExplainJob;
import io.salescast.explain.ExplanationCsv;
import io.salescast.explain.ForecastExplainer;
import io.salescast.explain.ForecastExplanation;
import io.salescast.explain.GlobalImportance;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.PointExplanation;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.series.ColumnMapping;
import io.salescast.series.MappingSuggestion;
import io.salescast.series.PanelOptions;
import io.salescast.series.SalesPanel;
import io.salescast.series.SeriesImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast explain FILE [--series SKU] [--date D]}: fits a global model on a sales file,
 * forecasts, and prints why: one forecast point, a product's whole horizon, or what drives the
 * model overall; optionally exports every point's contributions as long-format CSV.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain forecasts: why the model predicts what it does, by family (recent sales, trend, seasonality, "
                + "events, price, promotion, product) and feature.",
            "Without --series: what drives the model overall. With --series: that product's forecast over the horizon. "
                + "With --series and --date: one forecast point, as a waterfall from the base value.",
            "Exit codes: 0 done, 2 wrong usage, 3 the file or settings cannot be used."})
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sales file (CSV/TSV, .gz, XLSX, XLS; long or wide), e.g. from 'import'.")
    private Path file;

    @Option(names = "--series", paramLabel = "SKU", description = "Product (unique_id) to explain.")
    private String series;

    @Option(names = "--date", paramLabel = "DATE", description = "Forecast period to explain (ISO date, e.g. 2026-01-05); needs --series.")
    private LocalDate date;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "xgboost",
            description = "Global model to explain: xgboost (default), random_forest, cart, linear, elastic_net; "
                    + "parameters as type:key=value;key=value.")
    private String model;

    @Option(names = "--horizon", paramLabel = "N", description = "Periods to forecast (default: 28 days, 13 weeks or 6 months).")
    private Integer horizon;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "AUTO",
            description = "auto (TreeSHAP for xgboost, else Kernel SHAP or LIME), tree_shap, kernel_shap, kernel_shap_families, lime.")
    private ForecastExplainer.Choice method;

    @Option(names = "--global", description = "Also measure permutation importance on a backtest of the last --backtest periods.")
    private boolean global;

    @Option(names = "--backtest", paramLabel = "N", description = "Periods held out for --global (default: the horizon).")
    private Integer backtest;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Column to forecast (default: suggested from names).")
    private String target;

    @Option(names = "--keys", paramLabel = "COLUMN", split = ",", description = "Series key column(s) (default: suggested).")
    private List<String> keys;

    @Option(names = "--top", paramLabel = "N", defaultValue = "4", description = "Features shown per family (default: 4).")
    private int top;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write every forecast point's contributions (long format).")
    private Path csv;

    @Option(names = "--importance-csv", paramLabel = "FILE", description = "Write global importance (features and families).")
    private Path importanceCsv;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default: 42).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for training (default: cores, at most 4).")
    private Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() {
        if (date != null && series == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date needs --series SKU.");
        }
        PrintWriter o = spec.commandLine().getOut();
        ProgressBar bar = ProgressBar.orNone(spec.commandLine().getErr(), quiet);
        ProgressListener progress = bar == null ? ProgressListener.NONE : bar;
        ExplainJob.Result r;
        SalesPanel panel;
        try {
            panel = read(progress);
            r = ExplainJob.run(panel, null, settings(panel), progress, CancellationToken.none());
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        print(o, panel, r);
        export(o, r);
        o.flush();
        return ExitCodes.OK;
    }

    private SalesPanel read(ProgressListener progress) {
        ImportResult table = Importer.read(file, io.salescast.ingest.ReadOptions.defaults(), progress, CancellationToken.none());
        ColumnMapping m = MappingSuggestion.suggest(table.table()).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Cannot tell which column to forecast: give --target COLUMN."));
        if (target != null || keys != null) {
            m = new ColumnMapping(m.date(), target != null ? target : m.target(), keys != null ? keys : m.seriesKeys(),
                    m.covariates(), m.staticAttributes(), List.of());
        }
        return SeriesImport.shape(table, m, PanelOptions.defaults(), progress, CancellationToken.none()).shaped().panel();
    }

    private ExplainJob.Settings settings(SalesPanel panel) {
        int h = horizon != null ? horizon : switch (panel.frequency()) {
            case DAILY -> 28;
            case WEEKLY -> 13;
            case MONTHLY -> 6;
        };
        int bt = global ? (backtest != null ? backtest : h) : 0;
        int t = threads != null ? Math.max(1, threads) : TrainContext.defaultThreads();
        return new ExplainJob.Settings(ModelSpec.parse(model), FeatureSpec.defaults(panel.frequency(), h), h, bt, 5,
                ForecastExplainer.Options.defaults(seed).with(method),
                new TrainContext(seed, Device.CPU, t, ProgressListener.NONE, CancellationToken.none()));
    }

    private void print(PrintWriter o, SalesPanel panel, ExplainJob.Result r) {
        ForecastExplanation fx = r.forecast();
        ExplanationPrinter printer = new ExplanationPrinter(o, top);
        if (series != null) {
            if (fx.series(series).isEmpty()) {
                throw new SalescastException("There is no forecast of '" + series + "' to explain.",
                        r.skippedSeries().contains(series) ? "Its history is too short for " + fx.model() + "."
                                : "Check the id; examples: " + String.join(", ", fx.seriesIds().subList(0,
                                Math.min(5, fx.seriesIds().size()))) + ".", null, null);
            }
            if (date != null) {
                PointExplanation p = fx.point(series, date).orElseThrow(() -> new SalescastException(
                        "The forecast of " + series + " does not cover " + date + ".",
                        "Choose a date from " + fx.series(series).get(0).ds() + " to "
                                + fx.series(series).get(fx.series(series).size() - 1).ds() + ".", null, null));
                printer.point(p);
            } else {
                printer.period(fx.period(series).orElseThrow());
            }
            return;
        }
        printer.importance(fx.global(), 12);
        if (r.importance() != null) {
            printer.importance(r.importance(), 12);
        }
        if (panel.attributes().has("category")) {
            for (String category : new java.util.TreeSet<>(categories(panel))) {
                GlobalImportance g = fx.global(GlobalImportance.Scope.category(category),
                        GlobalModelExplainer.idsWhere(panel, "category", category));
                if (g.points() > 0) {
                    o.printf(Locale.ROOT, "%-28s top families: %s%n", category, top3(g));
                }
            }
            o.println();
        }
        if (!r.skippedSeries().isEmpty()) {
            o.printf(Locale.ROOT, "%d series too short for %s were not explained.%n", r.skippedSeries().size(), fx.model());
        }
    }

    private static List<String> categories(SalesPanel panel) {
        List<String> out = new ArrayList<>();
        for (String id : panel.ids()) {
            String c = panel.attributes().get(id, "category");
            if (c != null && !c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String top3(GlobalImportance g) {
        return String.join(", ", g.families().subList(0, Math.min(3, g.families().size())).stream()
                .map(f -> f.family().label().toLowerCase(Locale.ROOT)).toList());
    }

    private void export(PrintWriter o, ExplainJob.Result r) {
        if (csv != null) {
            ExplanationCsv.writePoints(csv, r.forecast().points());
            o.printf(Locale.ROOT, "Wrote %s (%,d points)%n", csv, r.forecast().points().size());
        }
        if (importanceCsv != null) {
            List<GlobalImportance> all = new ArrayList<>();
            all.add(r.forecast().global());
            if (r.importance() != null) {
                all.add(r.importance());
            }
            ExplanationCsv.writeImportance(importanceCsv, all);
            o.printf(Locale.ROOT, "Wrote %s%n", importanceCsv);
        }
    }
}
