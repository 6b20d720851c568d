package io.salescast.ingest;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.salescast.core.CancellationToken;
import io.salescast.core.Location;
import io.salescast.core.ProgressListener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads delimited text (optionally gzip-compressed) with FastCSV into a {@link TableBuilder}. */
final class CsvSource {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final int PROGRESS_EVERY = 1 << 15;

    private CsvSource() {
    }

    /** Opens the (decompressed) content, counting decompressed bytes against the limit. */
    private static CountingInputStream open(Path file, boolean gzip, CountingInputStream raw, long maxBytes) throws IOException {
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new CountingInputStream(new BufferedInputStream(in, 1 << 16), maxBytes);
    }

    /** Looks at the start of the content: encoding and delimiter. */
    static TextDialect dialect(Path file, boolean gzip, ReadOptions options) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int n;
        try (CountingInputStream in = open(file, gzip, new CountingInputStream(Files.newInputStream(file), Long.MAX_VALUE), Long.MAX_VALUE)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String name = displayName(file);
        if (n == 0) {
            throw new ImportException(ImportException.Reason.EMPTY_FILE, "The file is empty.",
                    "Export the data again; the file has no content.", Location.ofFile(name), null);
        }
        TextDialect.Encoding enc = TextDialect.detectEncoding(head, n, options.encoding());
        if (enc == null) {
            throw new ImportException(ImportException.Reason.NOT_A_SPREADSHEET,
                    "This is not a spreadsheet or a text table (it holds binary data).",
                    "Open a .csv, .txt, .xlsx or .xls file with the sales data.", Location.ofFile(name), null);
        }
        char quote = options.quote() == null ? '"' : options.quote();
        char delimiter = options.delimiter() != null ? options.delimiter()
                : TextDialect.detectDelimiter(TextDialect.sample(head, n, enc), quote,
                name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(tsv|tab)(\\.gz)?"));
        return new TextDialect(enc.charset(), enc.bomLength(), enc.guessed(), delimiter, quote);
    }

    /** Reads all rows into the builder. */
    static void read(Path file, boolean gzip, TextDialect dialect, ReadOptions options, RowSink builder,
                     ProgressListener progress, CancellationToken cancel) throws IOException {
        long size = Math.max(1, Files.size(file));
        CountingInputStream raw = new CountingInputStream(Files.newInputStream(file), Long.MAX_VALUE);
        try (CountingInputStream in = open(file, gzip, raw, options.maxBytes())) {
            in.skipNBytes(dialect.bomLength());
            Reader reader = new InputStreamReader(in, dialect.charset());
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(dialect.delimiter())
                    .quoteCharacter(dialect.quote()).commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(false).ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(true)
                    .detectBomHeader(false).ofCsvRecord(reader);
            long rows = 0;
            for (CsvRecord r : csv) {
                List<String> fields = r.getFields();
                Object[] cells = fields.toArray();
                builder.row((int) r.getStartingLineNumber(), cells, cells.length);
                if (builder.full()) {
                    break;
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.progress("import", Math.min(1.0, raw.count() / (double) size), rows + " rows");
                }
            }
        }
    }

    static String displayName(Path file) {
        Path f = file.getFileName();
        return f == null ? file.toString() : f.toString();
    }
}
