package io.salescast.core;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared plumbing of the CSV exports: UTF-8 without BOM (what pandas and R read by default),
 * comma separated, LF line ends, atomic save, numbers in plain locale-free notation (a dot as
 * decimal separator whatever the JVM locale, no exponent, shortest form that reads back to the
 * same double), ISO dates, text protected by {@link SafeText#forCsv(String)}. Every CSV export
 * of Salescast (forecasts, backtests, explanations, report exports) is written through here.
 */
public final class CsvFiles {

    /** Builds rows of one record at a time. */
    @FunctionalInterface
    public interface Rows {
        /** Writes all records through {@code out}. */
        void write(RecordSink out) throws IOException;
    }

    /** Receives fields of the current record. */
    public static final class RecordSink {
        private final CsvWriter csv;
        private final List<String> fields = new ArrayList<>();

        RecordSink(CsvWriter csv) {
            this.csv = csv;
        }

        /** Adds a text field, neutralised against formula injection. */
        public RecordSink text(String s) {
            fields.add(SafeText.forCsv(s));
            return this;
        }

        /** Adds an ISO date field (empty for null). */
        public RecordSink date(LocalDate d) {
            fields.add(d == null ? "" : d.toString());
            return this;
        }

        /** Adds a number field ({@link #format(double)}). */
        public RecordSink number(double v) {
            fields.add(format(v));
            return this;
        }

        /** Ends the current record. */
        public void end() {
            csv.writeRecord(fields);
            fields.clear();
        }
    }

    private CsvFiles() {
    }

    /** Writes a CSV file atomically: the header, then what {@code rows} produces. */
    /**
     * Writes a CSV file atomically: the header, then what {@code rows} produces.
     *
     * @throws SalescastException when the file cannot be written (the target is then unchanged)
     */
    public static void write(Path target, List<String> header, Rows rows) {
        try {
            AtomicFiles.write(target, out -> write(new OutputStreamWriter(out, StandardCharsets.UTF_8), header, rows));
        } catch (IOException | UncheckedIOException e) {
            Path abs = target.toAbsolutePath();
            throw new SalescastException("Could not write " + abs.getFileName() + ": " + e.getMessage(),
                    "Check that the folder exists and is writable, and that the file is not open in another program.",
                    Location.ofFile(abs.getFileName().toString()), e);
        }
    }

    /** Writes the CSV text to {@code out} (flushed, not closed): the header, then the rows. */
    public static void write(Writer out, List<String> header, Rows rows) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        RecordSink sink = new RecordSink(csv);
        header.forEach(sink::text);
        sink.end();
        try {
            rows.write(sink);
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Locale-free number: empty for NaN/infinite, integers without decimals, no exponent. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.indexOf('E') >= 0 ? new BigDecimal(s).stripTrailingZeros().toPlainString() : s;
    }
}
