package io.salescast.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes an {@link ImportReport}'s problems as CSV: {@code severity,kind,file,sheet,row,column,
 * count,message,rows} (rows: the first listed rows separated by spaces).
 */
public final class ImportReportCsv {

    private ImportReportCsv() {
    }

    /** Writes the problems to a file (UTF-8). */
    public static void write(ImportReport report, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, w);
        }
    }

    /** Writes the problems. */
    public static void write(ImportReport report, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("severity", "kind", "file", "sheet", "row", "column", "count", "message", "rows");
        for (ImportProblem p : report.problems()) {
            var l = p.location();
            csv.writeRecord(p.severity().name(), p.kind().name(), nz(l.file()), nz(l.sheet()), l.row() > 0 ? Long.toString(l.row()) : "",
                    nz(l.column()), Long.toString(p.count()), p.message(),
                    p.rows().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        csv.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
