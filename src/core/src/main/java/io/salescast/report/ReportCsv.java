package io.salescast.report;

import io.salescast.core.CsvFiles;
import io.salescast.evaluation.Backtest;
import io.salescast.report.BacktestResults.CvForecast;
import io.salescast.report.BacktestResults.SeriesMetrics;
import io.salescast.report.ExplanationResults.FeatureImportance;
import io.salescast.report.ExplanationResults.SeriesExplanation;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV tables only the report bundle has, written through {@link io.salescast.core.CsvFiles}
 * (atomic, formula-injection safe): the backtest metrics per series and model, and the
 * explanations as the report shows them (one row per forecast period, base plus one column per
 * feature; global importance with its share). The cross-validation forecasts are the engine's
 * {@link io.salescast.evaluation.BacktestCsv} format; the per-point long explanation format of
 * the {@code explain} command is {@link io.salescast.explain.ExplanationCsv}.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * Writes the cross-validation forecasts of {@code bt} to {@code target} with the backtest
     * writer of the engine ({@link io.salescast.evaluation.BacktestCsv}), so that the file reads
     * back into a backtest: {@code unique_id,ds,cutoff,y,<model>...}.
     */
    public static void writeBacktestForecasts(BacktestResults bt, Frequency frequency, Path target) {
        io.salescast.evaluation.BacktestCsv.write(toBacktest(bt, frequency), target);
    }

    /** The report's view of the windows as an engine backtest (models in first-seen order). */
    static Backtest toBacktest(BacktestResults bt, Frequency frequency) {
        Set<String> models = new LinkedHashSet<>();
        int horizon = 0;
        Map<LocalDate, List<Backtest.Slice>> byCutoff = new LinkedHashMap<>();
        for (CvForecast w : bt.windows()) {
            w.predictions().keySet().stream().filter(c -> !c.matches(".+-(lo|hi)-\\d+")).forEach(models::add);
            horizon = Math.max(horizon, w.actual().length);
            byCutoff.computeIfAbsent(w.cutoff(), c -> new ArrayList<>())
                    .add(new Backtest.Slice(w.id(), w.cutoff(), w.start(), w.actual(), Double.NaN, w.predictions()));
        }
        List<Backtest.Window> windows = new ArrayList<>();
        byCutoff.forEach((c, slices) -> windows.add(new Backtest.Window(c, slices)));
        return new Backtest(frequency, horizon, new ArrayList<>(models), Set.of(), windows, Map.of());
    }

    /** Writes the metrics per series and model: {@code unique_id,model,<metrics>...}. */
    public static void writeBacktestMetrics(BacktestResults bt, Path target) {
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, "model"));
        header.addAll(bt.metricNames());
        CsvFiles.write(target, header, out -> {
            for (SeriesMetrics m : bt.bySeries()) {
                out.text(m.id()).text(m.model());
                for (double v : m.values()) {
                    out.number(v);
                }
                out.end();
            }
        });
    }

    /** Writes the per-period contributions to {@code target}. */
    public static void writeExplanationContributions(ExplanationResults ex, Frequency frequency, Path target) {
        Map<String, Integer> features = new LinkedHashMap<>();
        for (SeriesExplanation s : ex.perSeries()) {
            s.features().forEach(f -> features.putIfAbsent(f, features.size()));
        }
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS, "base"));
        header.addAll(features.keySet());
        CsvFiles.write(target, header, out -> {
            double[] row = new double[features.size()];
            for (SeriesExplanation s : ex.perSeries()) {
                for (int t = 0; t < s.periods(); t++) {
                    java.util.Arrays.fill(row, Double.NaN);
                    for (int f = 0; f < s.features().size(); f++) {
                        row[features.get(s.features().get(f))] = s.contributions()[t][f];
                    }
                    out.text(s.id()).date(frequency.step(s.start(), t)).number(s.base()[t]);
                    for (double v : row) {
                        out.number(v);
                    }
                    out.end();
                }
            }
        });
    }

    /** Writes the global importance, largest first. */
    public static void writeExplanationImportance(ExplanationResults ex, Path target) {
        double total = ex.global().stream().mapToDouble(FeatureImportance::importance).sum();
        CsvFiles.write(target, List.of("feature", "family", "importance", "share"), out -> {
            for (FeatureImportance f : ex.global().stream()
                    .sorted(java.util.Comparator.comparingDouble(FeatureImportance::importance).reversed()).toList()) {
                out.text(f.feature()).text(f.family()).number(f.importance()).number(total > 0 ? f.importance() / total : Double.NaN);
                out.end();
            }
        });
    }
}
