package io.salescast.forecast;

import io.salescast.core.CsvFiles;
import io.salescast.series.Columns;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one forecast CSV writer: a {@link ForecastFrame} in the long format
 * {@code unique_id, ds, <model>, <model>-lo-80, <model>-hi-80, ...}, one row per series and
 * forecast period, the layout forecasting libraries read and write. Written through
 * {@link CsvFiles}: UTF-8, LF, ISO dates, locale-free numbers in full precision, missing values
 * empty, ids neutralised against formula injection, files replaced atomically. Used by the CLI,
 * saved projects, the report exports and the desktop app.
 */
public final class ForecastCsv {

    private ForecastCsv() {
    }

    /**
     * Writes the frame to a file atomically, replacing it.
     *
     * @throws io.salescast.core.SalescastException when the file cannot be written
     */
    public static void write(ForecastFrame frame, Path file) {
        CsvFiles.write(file, header(frame), rows(frame));
    }

    /** Writes the frame to a writer (flushed, not closed). */
    public static void write(ForecastFrame frame, Writer out) throws IOException {
        CsvFiles.write(out, header(frame), rows(frame));
    }

    private static List<String> header(ForecastFrame frame) {
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS));
        header.addAll(frame.columnNames());
        return header;
    }

    private static CsvFiles.Rows rows(ForecastFrame frame) {
        List<String> cols = frame.columnNames();
        return out -> {
            for (ForecastFrame.SeriesForecast s : frame.series()) {
                for (int k = 0; k < s.horizon(); k++) {
                    out.text(s.id()).date(frame.frequency().step(s.start(), k));
                    for (String c : cols) {
                        double[] v = s.column(c);
                        out.number(v == null || k >= v.length ? Double.NaN : v[k]);
                    }
                    out.end();
                }
            }
        };
    }

    /**
     * A value rounded for display (summaries, logs): at most 4 decimals, no trailing zeros; empty
     * for NaN. The CSV itself keeps full precision.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
