package io.salescast.series;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a panel in Salescast's long format, {@code unique_id,ds,y,<covariates>} (UTF-8, comma,
 * ISO dates, plain numbers, missing values empty), and static attributes as
 * {@code unique_id,<attributes>}.
 */
public final class LongFormatWriter {

    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

    private LongFormatWriter() {
    }

    /** Writes the panel to a file. */
    public static void write(SalesPanel panel, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(panel, w);
        }
    }

    /** Writes the panel. */
    public static void write(SalesPanel panel, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS, Columns.Y));
        header.addAll(panel.covariateNames());
        csv.writeRecord(header);
        String[] row = new String[header.size()];
        for (SalesSeries s : panel.series()) {
            row[0] = s.id();
            LocalDate d = s.start();
            for (int t = 0; t < s.length(); t++) {
                row[1] = d.toString();
                row[2] = format(s.y()[t]);
                for (int k = 0; k < s.covariates().length; k++) {
                    row[3 + k] = format(s.covariates()[k][t]);
                }
                csv.writeRecord(row);
                d = panel.frequency().step(d, 1);
            }
        }
        csv.flush();
    }

    /**
     * A value as written: integers plainly, other numbers rounded to 12 significant digits (so
     * that averaging 6.99 three times writes 6.99, not 6.989999999999999), missing as "".
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** Writes static attributes, one row per series. */
    public static void writeAttributes(StaticAttributes attributes, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
            List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID));
            header.addAll(attributes.names());
            csv.writeRecord(header);
            for (String id : attributes.ids()) {
                List<String> row = new ArrayList<>(List.of(id));
                for (String n : attributes.names()) {
                    String v = attributes.get(id, n);
                    row.add(v == null ? "" : v);
                }
                csv.writeRecord(row);
            }
            csv.flush();
        }
    }
}
