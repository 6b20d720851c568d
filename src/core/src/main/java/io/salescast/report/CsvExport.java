package io.salescast.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
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
 * same double), ISO dates, text protected by {@link SafeText#forCsv(String)}.
 */
final class CsvExport {

    /** Builds rows of one record at a time. */
    interface Rows {
        /** Writes all records through {@code out}. */
        void write(RecordSink out) throws IOException;
    }

    /** Receives fields of the current record. */
    static final class RecordSink {
        private final CsvWriter csv;
        private final List<String> fields = new ArrayList<>();

        RecordSink(CsvWriter csv) {
            this.csv = csv;
        }

        RecordSink text(String s) {
            fields.add(SafeText.forCsv(s));
            return this;
        }

        RecordSink date(LocalDate d) {
            fields.add(d == null ? "" : d.toString());
            return this;
        }

        RecordSink number(double v) {
            fields.add(format(v));
            return this;
        }

        void end() {
            csv.writeRecord(fields);
            fields.clear();
        }
    }

    private CsvExport() {
    }

    /** Writes a CSV file atomically: the header, then what {@code rows} produces. */
    static void write(Path target, List<String> header, Rows rows) {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
            RecordSink sink = new RecordSink(csv);
            header.forEach(sink::text);
            sink.end();
            rows.write(sink);
            csv.flush();
        });
    }

    /** Locale-free number: empty for NaN/infinite, integers without decimals, no exponent. */
    static String format(double v) {
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
