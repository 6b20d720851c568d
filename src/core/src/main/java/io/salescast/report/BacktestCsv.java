package io.salescast.report;

import io.salescast.core.CsvFiles;
import io.salescast.evaluation.Backtest;
import io.salescast.report.BacktestResults.CvForecast;
import io.salescast.report.BacktestResults.SeriesMetrics;
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
 * Backtest exports: the cross-validation forecasts in long format
 * ({@code unique_id,ds,cutoff,y,<model>...}) and the metrics per series and model.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /**
     * Writes the cross-validation forecasts of {@code bt} to {@code target} with the backtest
     * writer of the engine ({@link io.salescast.evaluation.BacktestCsv}), so that the file reads
     * back into a backtest: {@code unique_id,ds,cutoff,y,<model>...}.
     */
    public static void writeForecasts(BacktestResults bt, Frequency frequency, Path target) {
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
    public static void writeMetrics(BacktestResults bt, Path target) {
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
}
