package io.salescast.evaluation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.salescast.core.CsvFiles;
import io.salescast.core.Location;
import io.salescast.core.SalescastException;
import io.salescast.core.SafeText;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Backtest} in the long format of the forecasting ecosystem:
 * {@code unique_id, ds, cutoff, y, <model>, <model>-lo-80, <model>-hi-80, ...}, one row per
 * series, window and forecast period; dates ISO, numbers with a dot, missing values empty. Reads
 * the same form back ({@link #read}), so saved projects can show their last backtest again.
 */
public final class BacktestCsv {

    private BacktestCsv() {
    }

    /**
     * Writes {@code backtest} to {@code file} atomically (UTF-8, LF, ids neutralised against
     * formula injection, see {@link CsvFiles}).
     *
     * @throws io.salescast.core.SalescastException when the file cannot be written
     */
    public static void write(Backtest backtest, Path file) {
        CsvFiles.write(file, backtest.columns(), rows(backtest));
    }

    /** Writes {@code backtest} to {@code out} (flushed, not closed). */
    public static void write(Backtest backtest, Writer out) throws IOException {
        CsvFiles.write(out, backtest.columns(), rows(backtest));
    }

    private static CsvFiles.Rows rows(Backtest backtest) {
        List<String> columns = backtest.columns();
        List<String> valueColumns = columns.subList(4, columns.size());
        Frequency f = backtest.frequency();
        return out -> {
            for (Backtest.Slice s : backtest.slices()) {
                List<double[]> values = new ArrayList<>(valueColumns.size());
                for (String c : valueColumns) {
                    values.add(s.column(c));
                }
                for (int k = 0; k < s.actual().length; k++) {
                    out.text(s.id()).date(f.step(s.start(), k)).date(s.cutoff()).number(s.actual()[k]);
                    for (double[] v : values) {
                        out.number(v == null || k >= v.length ? Double.NaN : v[k]);
                    }
                    out.end();
                }
            }
        };
    }

    /**
     * Reads a backtest written by {@link #write}. Rows of one series and cutoff must be
     * consecutive and in date order (as written). Failures are not stored in the file.
     *
     * @param in        the CSV text
     * @param fileName  name shown in error messages
     * @param frequency period length
     * @param baselines aliases that are baselines
     * @param panel     the data the backtest was run on, to recompute each series' MASE scale at
     *                  each cutoff; null leaves the scales undefined (MASE then NaN)
     * @throws SalescastException naming the row when the file is not a backtest
     */
    public static Backtest read(Reader in, String fileName, Frequency frequency, Set<String> baselines,
                                SalesPanel panel) throws IOException {
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in);
        List<String> header = null;
        Map<LocalDate, Map<String, SliceBuilder>> byCutoff = new LinkedHashMap<>();
        int horizon = 0;
        try {
            for (CsvRecord r : csv) {
                List<String> f = r.getFields();
                long row = r.getStartingLineNumber();
                if (header == null) {
                    header = List.copyOf(f);
                    if (f.size() < 4 || !f.subList(0, 4).equals(List.of(Columns.UNIQUE_ID, Columns.DS, Columns.CUTOFF, Columns.Y))) {
                        throw error(fileName, row, null, "The file does not start with the columns unique_id, ds, cutoff, y.");
                    }
                    continue;
                }
                if (f.size() != header.size()) {
                    throw error(fileName, row, null, "The row has " + f.size() + " fields, the header " + header.size() + ".");
                }
                String id = SafeText.fromCsv(f.get(0));
                LocalDate ds = date(f.get(1), fileName, row, Columns.DS);
                LocalDate cutoff = date(f.get(2), fileName, row, Columns.CUTOFF);
                int valueColumns = header.size() - 3;
                SliceBuilder b = byCutoff.computeIfAbsent(cutoff, c -> new LinkedHashMap<>())
                        .computeIfAbsent(id, k -> new SliceBuilder(k, cutoff, ds, valueColumns));
                if (!frequency.step(b.start, b.rows).equals(ds)) {
                    throw error(fileName, row, Columns.DS, "Expected " + frequency.step(b.start, b.rows) + " after the previous row of "
                            + id + " for cutoff " + cutoff + ", found " + ds + ".");
                }
                for (int c = 3; c < f.size(); c++) {
                    b.values[c - 3].add(number(f.get(c), fileName, row, header.get(c)));
                }
                b.rows++;
                horizon = Math.max(horizon, b.rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (header == null) {
            throw error(fileName, 0, null, "The file is empty.");
        }
        List<Backtest.Window> windows = new ArrayList<>();
        for (var w : byCutoff.entrySet()) {
            List<Backtest.Slice> slices = new ArrayList<>();
            for (SliceBuilder b : w.getValue().values()) {
                slices.add(b.build(header, horizon, scale(panel, b.id, w.getKey())));
            }
            windows.add(new Backtest.Window(w.getKey(), slices));
        }
        Set<String> models = new LinkedHashSet<>();
        for (String c : header.subList(4, header.size())) {
            if (!c.matches(".+-(lo|hi)-\\d+")) {
                models.add(c);
            }
        }
        return new Backtest(frequency, horizon, new ArrayList<>(models), baselines, windows, Map.of());
    }

    private static double scale(SalesPanel panel, String id, LocalDate cutoff) {
        if (panel == null) {
            return Double.NaN;
        }
        SalesSeries s = panel.series(id).orElse(null);
        if (s == null || s.start().isAfter(cutoff)) {
            return Double.NaN;
        }
        int n = (int) Math.min(s.length(), panel.frequency().periodsBetween(s.start(), cutoff) + 1);
        return Metrics.seasonalNaiveScale(Arrays.copyOf(s.y(), n), panel.frequency().seasonLength());
    }

    private static LocalDate date(String text, String file, long row, String column) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw error(file, row, column, "'" + text + "' is not an ISO date (yyyy-mm-dd).");
        }
    }

    private static double number(String text, String file, long row, String column) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw error(file, row, column, "'" + text + "' is not a number.");
        }
    }

    private static SalescastException error(String file, long row, String column, String message) {
        return new SalescastException(message, "Use a backtest CSV written by Salescast (unique_id, ds, cutoff, y, models...).",
                new Location(file, null, row, column), null);
    }

    /** Rows of one series in one window, accumulated column by column (y first). */
    private static final class SliceBuilder {
        final String id;
        final LocalDate cutoff;
        final LocalDate start;
        final Scores.DoubleList[] values;
        int rows;

        SliceBuilder(String id, LocalDate cutoff, LocalDate start, int columns) {
            this.id = id;
            this.cutoff = cutoff;
            this.start = start;
            this.values = new Scores.DoubleList[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = new Scores.DoubleList();
            }
        }

        Backtest.Slice build(List<String> header, int horizon, double scale) {
            double[] actual = padded(values[0].toArray(), horizon);
            Map<String, double[]> cols = new LinkedHashMap<>();
            for (int c = 1; c < values.length; c++) {
                double[] v = padded(values[c].toArray(), horizon);
                if (Arrays.stream(v).anyMatch(x -> !Double.isNaN(x))) {
                    cols.put(header.get(c + 3), v);
                }
            }
            return new Backtest.Slice(id, cutoff, start, actual, scale, cols);
        }

        private static double[] padded(double[] v, int n) {
            double[] out = Arrays.copyOf(v, n);
            Arrays.fill(out, v.length, n, Double.NaN);
            return out;
        }
    }
}
