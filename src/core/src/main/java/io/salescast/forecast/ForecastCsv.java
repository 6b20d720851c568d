package io.salescast.forecast;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.salescast.series.Columns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ForecastFrame} in the long format {@code unique_id, ds, <columns>...}: one row
 * per series and forecast period, dates ISO, numbers with a dot rounded to 4 decimals, missing
 * values empty.
 */
public final class ForecastCsv {

    private ForecastCsv() {
    }

    /** Writes the frame to a file (UTF-8), replacing it. */
    public static void write(ForecastFrame frame, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(frame, w);
        }
    }

    /** Writes the frame to a writer (flushed, not closed). */
    public static void write(ForecastFrame frame, Writer out) throws IOException {
        List<String> cols = frame.columnNames();
        CsvWriter csv = CsvWriter.builder().build(out);
        try {
            List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS));
            header.addAll(cols);
            csv.writeRecord(header);
            for (ForecastFrame.SeriesForecast s : frame.series()) {
                for (int k = 0; k < s.horizon(); k++) {
                    List<String> row = new ArrayList<>(cols.size() + 2);
                    row.add(s.id());
                    row.add(frame.frequency().step(s.start(), k).toString());
                    for (String c : cols) {
                        double[] v = s.column(c);
                        row.add(v == null || k >= v.length ? "" : format(v[k]));
                    }
                    csv.writeRecord(row);
                }
            }
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A value with at most 4 decimals, no trailing zeros; empty for NaN. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
