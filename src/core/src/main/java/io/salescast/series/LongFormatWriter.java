package io.salescast.series;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.salescast.ingest.RawColumn;

import java.io.IOException;
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
                row[2] = RawColumn.formatNumber(s.y()[t]);
                for (int k = 0; k < s.covariates().length; k++) {
                    row[3 + k] = RawColumn.formatNumber(s.covariates()[k][t]);
                }
                csv.writeRecord(row);
                d = panel.frequency().step(d, 1);
            }
        }
        csv.flush();
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
