package io.salescast.report;

import io.salescast.report.BacktestResults.CvForecast;
import io.salescast.report.BacktestResults.SeriesMetrics;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Backtest exports: the cross-validation forecasts in long format
 * ({@code unique_id,ds,cutoff,y,<model>...}) and the metrics per series and model.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /** Writes the cross-validation forecasts of {@code bt} to {@code target}. */
    public static void writeForecasts(BacktestResults bt, Frequency frequency, Path target) {
        Set<String> cols = new LinkedHashSet<>();
        bt.windows().forEach(w -> cols.addAll(w.predictions().keySet()));
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS, Columns.CUTOFF, Columns.Y));
        header.addAll(cols);
        CsvExport.write(target, header, out -> {
            for (CvForecast w : bt.windows()) {
                for (int t = 0; t < w.actual().length; t++) {
                    out.text(w.id()).date(frequency.step(w.start(), t)).date(w.cutoff()).number(w.actual()[t]);
                    for (String c : cols) {
                        double[] v = w.predictions().get(c);
                        out.number(v == null || t >= v.length ? Double.NaN : v[t]);
                    }
                    out.end();
                }
            }
        });
    }

    /** Writes the metrics per series and model: {@code unique_id,model,<metrics>...}. */
    public static void writeMetrics(BacktestResults bt, Path target) {
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, "model"));
        header.addAll(bt.metricNames());
        CsvExport.write(target, header, out -> {
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
