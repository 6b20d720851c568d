package io.salescast.ingest;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.Location;
import io.salescast.core.ProgressListener;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads sales files into {@link RawTable}s: CSV/TSV (also gzip-compressed), XLSX and XLS. The
 * format is told by the content, not the file name. Every problem is collected in the
 * {@link ImportReport}; a file that cannot be read at all raises an {@link ImportException}.
 * Stateless and thread-safe.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final int PREVIEW_ROWS = Preview.DEFAULT_ROWS;

    private Importer() {
    }

    /** Reads one table (the chosen or first sheet) with defaults for progress and cancellation. */
    public static ImportResult read(Path file, ReadOptions options) {
        return read(file, options, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * Reads one table.
     *
     * @param file     the file
     * @param options  overrides of what is detected
     * @param progress receives progress of the read (stage "import")
     * @param cancel   checked every few thousand rows
     * @return the table, its report and what was detected
     * @throws ImportException   when the file cannot be read as a table
     * @throws CancelledException when cancelled
     */
    public static ImportResult read(Path file, ReadOptions options, ProgressListener progress, CancellationToken cancel) {
        String name = CsvSource.displayName(file);
        try {
            Kind kind = detect(file, options);
            if (kind.format == SourceFormat.CSV) {
                return readCsv(file, kind.gzip, options, progress, cancel);
            }
            try (WorkbookSource wb = open(file, kind, options)) {
                String sheet = wb.resolveSheet(options.sheet());
                return readSheet(wb, file, kind, sheet, options, progress, cancel);
            }
        } catch (ImportException | CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, name);
        } finally {
            progress.progress("import", 1.0, "");
        }
    }

    /**
     * Looks at every sheet of a file (the one table of a text file): inferred columns, a preview
     * and the problems found. A sheet that cannot be read is described, not thrown.
     *
     * @throws ImportException when the file itself cannot be opened
     */
    public static Inspection inspect(Path file, ReadOptions options, ProgressListener progress, CancellationToken cancel) {
        String name = CsvSource.displayName(file);
        try {
            Kind kind = detect(file, options);
            if (kind.format == SourceFormat.CSV) {
                ImportResult r = readCsv(file, kind.gzip, options, progress, cancel);
                return new Inspection(r.source(), List.of(new Inspection.SheetInspection(null, r.preview(PREVIEW_ROWS), r.report(), null)));
            }
            try (WorkbookSource wb = open(file, kind, options)) {
                List<Inspection.SheetInspection> sheets = new ArrayList<>();
                for (String sheet : wb.sheetNames()) {
                    try {
                        ImportResult r = readSheet(wb, file, kind, sheet, options, progress, cancel);
                        sheets.add(new Inspection.SheetInspection(sheet, r.preview(PREVIEW_ROWS), r.report(), null));
                    } catch (ImportException e) {
                        sheets.add(new Inspection.SheetInspection(sheet, null, null, e));
                    }
                }
                SourceInfo info = new SourceInfo(name, kind.format, false, null, null, wb.sheetNames(), null);
                return new Inspection(info, sheets);
            }
        } catch (ImportException | CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, name);
        } finally {
            progress.progress("import", 1.0, "");
        }
    }

    /**
     * The first rows of the chosen sheet (or text file) as they are, before header detection.
     *
     * @param rows how many rows at most
     * @throws ImportException when the file cannot be opened
     */
    public static SheetRows rawRows(Path file, ReadOptions options, int rows) {
        String name = CsvSource.displayName(file);
        SheetRows.Collector sink = new SheetRows.Collector(rows);
        try {
            Kind kind = detect(file, options);
            if (kind.format == SourceFormat.CSV) {
                TextDialect dialect = CsvSource.dialect(file, kind.gzip, options);
                CsvSource.read(file, kind.gzip, dialect, options, sink, ProgressListener.NONE, CancellationToken.none());
                return sink.result(null);
            }
            try (WorkbookSource wb = open(file, kind, options)) {
                String sheet = wb.resolveSheet(options.sheet());
                CellValues.feed(wb.sheet(sheet), sink, ProgressListener.NONE, CancellationToken.none());
                return sink.result(sheet);
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, name);
        }
    }

    private static ImportResult readCsv(Path file, boolean gzip, ReadOptions options, ProgressListener progress,
                                        CancellationToken cancel) throws IOException {
        String name = CsvSource.displayName(file);
        TextDialect dialect = CsvSource.dialect(file, gzip, options);
        TableBuilder builder = new TableBuilder(name, null, options, dialect.delimiter() == ';' ? ',' : '.', true, false);
        if (dialect.guessed()) {
            builder.problems().add(Severity.WARNING, ProblemKind.FORMAT_GUESSED, null, 0,
                    "The text encoding was guessed as " + dialect.charset().name()
                            + "; if letters look wrong, set the encoding (e.g. UTF-8, windows-1252, GB18030).");
        }
        CsvSource.read(file, gzip, dialect, options, builder, progress, cancel);
        TableBuilder.TableResult t = builder.finish();
        SourceInfo info = new SourceInfo(name, SourceFormat.CSV, gzip, dialect.charset().name(), dialect.delimiter(), List.of(), null);
        return new ImportResult(t.table(), t.report(), info);
    }

    private static ImportResult readSheet(WorkbookSource wb, Path file, Kind kind, String sheet, ReadOptions options,
                                          ProgressListener progress, CancellationToken cancel) {
        String name = CsvSource.displayName(file);
        TableBuilder builder = new TableBuilder(name, sheet, options, '.', false, wb.date1904());
        CellValues.feed(wb.sheet(sheet), builder, progress, cancel);
        TableBuilder.TableResult t = builder.finish();
        SourceInfo info = new SourceInfo(name, kind.format, false, null, null, wb.sheetNames(), sheet);
        return new ImportResult(t.table(), t.report(), info);
    }

    private static WorkbookSource open(Path file, Kind kind, ReadOptions options) throws IOException {
        return kind.ole2 ? WorkbookSource.openOle2(file, options.password()) : WorkbookSource.openXlsx(file);
    }

    /** What the content is. */
    private record Kind(SourceFormat format, boolean gzip, boolean ole2) {
    }

    private static Kind detect(Path file, ReadOptions options) throws IOException {
        String name = CsvSource.displayName(file);
        Location where = Location.ofFile(name);
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportException.Reason.FILE_NOT_FOUND, "The file does not exist or is not a file: " + file + ".",
                    "Check the path and the file name.", where, null);
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(ImportException.Reason.FILE_NOT_FOUND, "The file cannot be opened (no permission).",
                    "Check that you may read it and that no other program locks it.", where, null);
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ImportException(ImportException.Reason.EMPTY_FILE, "The file is empty.",
                    "Export the data again; the file has no content.", where, null);
        }
        if (size > options.maxBytes()) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, "The file is larger than the limit of "
                    + (options.maxBytes() >> 20) + " MB.", "Split the file, or raise the size limit.", where, null);
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        magic = head.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(head);
        String ext = extension(name);
        boolean workbookName = ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls") || ext.equals("xltx");
        switch (magic) {
            case OOXML:
                return new Kind(SourceFormat.XLSX, false, false);
            case OLE2:
                return new Kind(ext.equals("xls") ? SourceFormat.XLS : SourceFormat.XLSX, false, true);
            default:
                break;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return new Kind(SourceFormat.CSV, true, false);
        }
        if (workbookName || magic == FileMagic.PDF || magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3
                || magic == FileMagic.BIFF4 || magic == FileMagic.RTF || magic == FileMagic.PNG || magic == FileMagic.JPEG
                || magic == FileMagic.GIF || magic == FileMagic.TIFF || magic == FileMagic.WMF || magic == FileMagic.BMP) {
            throw notASpreadsheet(name, ext, magic);
        }
        return new Kind(SourceFormat.CSV, false, false);
    }

    private static ImportException notASpreadsheet(String name, String ext, FileMagic magic) {
        String what = switch (magic) {
            case PDF -> "a PDF document";
            case HTML -> "a web page (some systems export HTML tables named .xls)";
            case XML -> "an XML file (perhaps an Excel 2003 XML workbook)";
            case BIFF2, BIFF3, BIFF4 -> "a very old Excel workbook (Excel 4 or earlier)";
            case RTF -> "a rich-text document";
            case PNG, JPEG, GIF, TIFF, BMP, WMF -> "an image";
            default -> "not a spreadsheet";
        };
        String message = ext.isEmpty() ? "The file is " + what + ", not a sales table."
                : "The file is named ." + ext + " but it is " + what + ".";
        return new ImportException(ImportException.Reason.NOT_A_SPREADSHEET, message,
                "Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.", Location.ofFile(name), null);
    }

    private static String extension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    static Logger log() {
        return LOG;
    }
}
