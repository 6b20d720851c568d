package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ForecastFrame.SeriesForecast;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;
import io.salescast.series.StaticAttributes;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast tables: the long table ({@code unique_id}, product attributes, {@code ds}, one
 * column per model and interval bound) and the pivot-friendly wide view (products x periods) of
 * the chosen model.
 */
final class ForecastSheets {

    static final String LONG_NAME = "Forecast";
    static final String WIDE_NAME = "Forecast wide";

    private final ReportStyles styles;
    private final SheetNames names;

    ForecastSheets(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    /** Writes the long table; returns the sheet names used. */
    List<String> writeLong(Workbook wb, ReportInput in, ProgressListener progress, CancellationToken cancel) {
        ForecastFrame f = in.forecast();
        StaticAttributes attrs = in.history().attributes();
        List<String> valueCols = f.columnNames();
        List<TableWriter.Column> cols = new ArrayList<>();
        cols.add(new TableWriter.Column(Columns.UNIQUE_ID, ColumnType.TEXT));
        attrs.names().forEach(a -> cols.add(new TableWriter.Column(a, ColumnType.TEXT)));
        cols.add(new TableWriter.Column(Columns.DS, ColumnType.DATE));
        valueCols.forEach(c -> cols.add(new TableWriter.Column(c, ColumnType.DECIMAL)));
        TableWriter t = new TableWriter(wb, styles, names, LONG_NAME, cols, 0);
        Frequency freq = f.frequency();
        int done = 0;
        int total = f.series().size();
        for (SeriesForecast s : f.series()) {
            if (done % 200 == 0) {
                cancel.throwIfCancelled();
                progress.progress("report", done / (double) Math.max(1, total), "Forecast table: " + done + " of " + total);
            }
            double[][] values = new double[valueCols.size()][];
            for (int c = 0; c < values.length; c++) {
                values[c] = s.column(valueCols.get(c));
            }
            for (int step = 0; step < s.horizon(); step++) {
                t.row().text(s.id());
                for (String a : attrs.names()) {
                    t.text(attrs.get(s.id(), a));
                }
                t.date(freq.step(s.start(), step));
                for (double[] v : values) {
                    t.number(v == null ? Double.NaN : v[step]);
                }
            }
            done++;
        }
        t.finish();
        return t.sheets().stream().map(org.apache.poi.ss.usermodel.Sheet::getSheetName).toList();
    }

    /** Writes the products x periods view of {@code model}; returns the sheet name. */
    String writeWide(Workbook wb, ReportInput in, CancellationToken cancel) {
        ForecastFrame f = in.forecast();
        String model = in.chosenModel();
        StaticAttributes attrs = in.history().attributes();
        Frequency freq = f.frequency();
        LocalDate first = f.series().stream().map(SeriesForecast::start).min(LocalDate::compareTo).orElse(null);
        int periods = 0;
        for (SeriesForecast s : f.series()) {
            periods = (int) Math.max(periods, freq.periodsBetween(first, s.start()) + s.horizon());
        }
        List<TableWriter.Column> cols = new ArrayList<>();
        cols.add(new TableWriter.Column(Columns.UNIQUE_ID, ColumnType.TEXT));
        attrs.names().forEach(a -> cols.add(new TableWriter.Column(a, ColumnType.TEXT)));
        cols.add(new TableWriter.Column("Total", ColumnType.DECIMAL));
        for (int p = 0; p < periods; p++) {
            cols.add(new TableWriter.Column(freq.step(first, p).toString(), ColumnType.DECIMAL));
        }
        TableWriter t = new TableWriter(wb, styles, names, WIDE_NAME + " (" + model + ")", cols, 0);
        t.sheet().createFreezePane(1 + attrs.names().size() + 1, 1);
        int n = 0;
        for (SeriesForecast s : f.series()) {
            if (++n % 500 == 0) {
                cancel.throwIfCancelled();
            }
            double[] v = s.column(model);
            t.row().text(s.id());
            for (String a : attrs.names()) {
                t.text(attrs.get(s.id(), a));
            }
            t.number(v == null ? Double.NaN : sum(v));
            int offset = (int) freq.periodsBetween(first, s.start());
            for (int p = 0; p < periods; p++) {
                int step = p - offset;
                t.number(v == null || step < 0 || step >= v.length ? Double.NaN : v[step]);
            }
        }
        t.finish();
        return t.sheets().get(0).getSheetName();
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                s += x;
            }
        }
        return s;
    }
}
