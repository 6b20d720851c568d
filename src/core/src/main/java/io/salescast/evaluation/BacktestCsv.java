package io.salescast.evaluation;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.salescast.series.Frequency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Backtest} in the long format of the forecasting ecosystem:
 * {@code unique_id, ds, cutoff, y, <model>, <model>-lo-80, <model>-hi-80, ...}, one row per
 * series, window and forecast period; dates ISO, numbers with a dot, missing values empty.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /** Writes {@code backtest} to {@code file} (UTF-8). */
    public static void write(Backtest backtest, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(backtest, w);
        }
    }

    /** Writes {@code backtest} to {@code out} (not closed). */
    public static void write(Backtest backtest, Writer out) throws IOException {
        List<String> columns = backtest.columns();
        List<String> valueColumns = columns.subList(4, columns.size());
        Frequency f = backtest.frequency();
        CsvWriter csv = CsvWriter.builder().build(new NonClosingWriter(out));
        try {
            csv.writeRecord(columns);
            for (Backtest.Slice s : backtest.slices()) {
                List<double[]> values = new ArrayList<>(valueColumns.size());
                for (String c : valueColumns) {
                    values.add(s.column(c));
                }
                for (int k = 0; k < s.actual().length; k++) {
                    List<String> row = new ArrayList<>(columns.size());
                    row.add(s.id());
                    row.add(f.step(s.start(), k).toString());
                    row.add(s.cutoff().toString());
                    row.add(format(s.actual()[k]));
                    for (double[] v : values) {
                        row.add(format(v[k]));
                    }
                    csv.writeRecord(row);
                }
            }
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Shortest text that reads back as the same double; empty for NaN. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Lets the caller keep its writer open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
