package io.salescast.ingest;

import io.salescast.core.Location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a stream of rows (from any reader) into a {@link RawTable}: buffers the first rows to
 * find the header and infer column types, then appends every later row straight into compact
 * column storage. Blank rows and totals rows are skipped and reported; short and over-long rows
 * are reported. Cells are {@code null}, String, Double, LocalDateTime, Boolean or CellError.
 */
final class TableBuilder implements RowSink {

    private final String file;
    private final String sheet;
    private final ReadOptions options;
    private final char decimalFallback;
    private final boolean textSource;
    private final boolean date1904;
    private final ProblemCollector problems;

    private List<Object[]> pending = new ArrayList<>();
    private int[] pendingRows = new int[64];
    private ColumnBuilder[] builders;
    private int width;
    private int[] sourceRows = new int[1024];
    private int rows;
    private long rowsRead;
    private long rowsSkipped;
    private boolean full;
    private NumberParser numbers;

    /**
     * @param file            file name for messages
     * @param sheet           sheet name or null
     * @param options         read options
     * @param decimalFallback decimal separator when the data gives no evidence
     * @param textSource      whether rows come from a text file (short rows are then reported)
     * @param date1904        whether the workbook counts serial dates from 1904
     */
    TableBuilder(String file, String sheet, ReadOptions options, char decimalFallback, boolean textSource, boolean date1904) {
        this.file = file;
        this.sheet = sheet;
        this.options = options;
        this.decimalFallback = decimalFallback;
        this.textSource = textSource;
        this.date1904 = date1904;
        this.problems = new ProblemCollector(file, sheet);
    }

    /** The problem collector (readers add their own findings, e.g. a guessed encoding). */
    ProblemCollector problems() {
        return problems;
    }

    /** Whether the row limit was reached (readers may stop reading). */
    @Override
    public boolean full() {
        return full;
    }

    /** Adds one row; {@code cells} may be longer than used ({@code n} cells count). */
    @Override
    public void row(int sourceRow, Object[] cells, int n) {
        if (full) {
            return;
        }
        if (builders == null) {
            Object[] copy = Arrays.copyOf(cells, n);
            if (pending.size() == pendingRows.length) {
                pendingRows = Arrays.copyOf(pendingRows, pendingRows.length * 2);
            }
            pendingRows[pending.size()] = sourceRow;
            pending.add(copy);
            if (pending.size() >= options.sampleRows() + HeaderDetector.SCAN_ROWS) {
                plan();
            }
            return;
        }
        append(sourceRow, cells, n);
    }

    private void plan() {
        if (pending.isEmpty()) {
            throw new ImportException(ImportException.Reason.EMPTY_SHEET, "There is nothing in this " + (sheet == null ? "file" : "sheet") + ".",
                    "Choose the sheet or file that holds the sales data.", new Location(file, sheet, 0, null), null);
        }
        HeaderDetector.Header header = HeaderDetector.detect(pending, pendingRows, options.headerRow());
        if (options.headerRow() > 0 && header.index() < 0) {
            throw new ImportException(ImportException.Reason.NO_DATA_ROWS, "Row " + options.headerRow() + " is empty or missing, so it cannot be the header.",
                    "Choose another header row, or let Salescast find it.", new Location(file, sheet, options.headerRow(), null), null);
        }
        int first = header.index() < 0 ? 0 : header.index() + header.rows();
        for (int i = 0; i < Math.max(0, header.index()); i++) {
            problems.add(Severity.INFO, ProblemKind.TITLE_ROWS, null, pendingRows[i], "Rows above the header were not imported (titles or notes)");
        }
        width = header.labels().size();
        for (int i = first; i < pending.size(); i++) {
            width = Math.max(width, lastNonBlank(pending.get(i)) + 1);
        }
        int headerRow = header.index() >= 0 ? pendingRows[header.index()] : 0;
        if (header.index() < 0) {
            problems.add(Severity.WARNING, ProblemKind.UNNAMED_COLUMN, null, 0,
                    "No header row was found (every early row holds numbers); columns were named column_A, column_B... "
                            + "If the file has a header, set the header row.");
        }
        List<String> names = HeaderDetector.names(header.labels(), width, problems, headerRow);
        numbers = new NumberParser(detectDecimal(first));
        builders = new ColumnBuilder[width];
        for (int j = 0; j < width; j++) {
            List<Object> sample = new ArrayList<>(pending.size() - first);
            for (int i = first; i < pending.size(); i++) {
                Object[] r = pending.get(i);
                if (!startsWithTotalsLabel(r)) {
                    sample.add(j < r.length ? r[j] : null);
                }
            }
            TypeInference.ColumnPlan plan = TypeInference.infer(names.get(j), sample, numbers, options);
            if (plan.ambiguousDate()) {
                problems.add(Severity.WARNING, ProblemKind.AMBIGUOUS_DATE_ORDER, names.get(j), 0,
                        "Dates such as 03/04/2024 could be day/month or month/day; read as " + plan.dates().primary().pattern()
                                + ". If that is wrong, set the date format (e.g. MM/dd/yyyy).");
            }
            builders[j] = ColumnBuilder.of(names.get(j), plan, numbers, date1904, problems);
        }
        List<Object[]> buffered = pending;
        int[] bufferedRows = pendingRows;
        pending = null;
        pendingRows = null;
        for (int i = first; i < buffered.size(); i++) {
            append(bufferedRows[i], buffered.get(i), buffered.get(i).length);
        }
    }

    private char detectDecimal(int first) {
        if (options.decimalSeparator() != null) {
            return options.decimalSeparator();
        }
        NumberFormatDetector d = new NumberFormatDetector();
        for (int i = first; i < pending.size(); i++) {
            for (Object v : pending.get(i)) {
                if (v instanceof String s) {
                    d.accept(CellTexts.trim(s));
                }
            }
        }
        char c = d.decimal(decimalFallback);
        if (d.guessed()) {
            problems.add(Severity.WARNING, ProblemKind.FORMAT_GUESSED, null, 0, "Numbers such as 1,234 could use a thousands separator or a decimal comma; read with decimal separator '"
                    + c + "'. If that is wrong, set the decimal separator.");
        }
        return c;
    }

    private static int lastNonBlank(Object[] r) {
        return lastNonBlank(r, r.length);
    }

    private static int lastNonBlank(Object[] r, int n) {
        for (int j = n - 1; j >= 0; j--) {
            if (!CellTexts.isBlank(r[j])) {
                return j;
            }
        }
        return -1;
    }

    private void append(int sourceRow, Object[] cells, int n) {
        rowsRead++;
        int last = lastNonBlank(cells, n);
        if (last < 0) {
            rowsSkipped++;
            problems.add(Severity.INFO, ProblemKind.BLANK_ROWS, null, sourceRow, "Blank rows were skipped");
            return;
        }
        if (isTotalsRow(cells, n)) {
            rowsSkipped++;
            problems.add(Severity.INFO, ProblemKind.TOTALS_ROW, null, sourceRow,
                    "Totals rows were not imported (they would count sales twice)");
            return;
        }
        if (rows >= options.maxRows()) {
            full = true;
            problems.add(Severity.WARNING, ProblemKind.LIMIT_REACHED, null, sourceRow,
                    "Stopped after " + options.maxRows() + " rows (the row limit); later rows were not read");
            return;
        }
        if (last >= width) {
            problems.add(Severity.WARNING, ProblemKind.EXTRA_CELLS, null, sourceRow,
                    "Values to the right of the last column were not imported");
        } else if (textSource && n < width) {
            problems.add(Severity.WARNING, ProblemKind.SHORT_ROW, null, sourceRow,
                    "Rows with fewer fields than the header; the missing fields are empty");
        }
        if (rows == sourceRows.length) {
            sourceRows = Arrays.copyOf(sourceRows, rows + (rows >> 1));
        }
        sourceRows[rows++] = sourceRow;
        for (int j = 0; j < width; j++) {
            builders[j].accept(j < n ? cells[j] : null, sourceRow);
        }
    }

    private static boolean startsWithTotalsLabel(Object[] cells) {
        for (Object v : cells) {
            if (!CellTexts.isBlank(v)) {
                return v instanceof String s && CellTexts.isTotalsLabel(CellTexts.trim(s));
            }
        }
        return false;
    }

    /** A row whose first non-blank cell says Total/Sum and that holds at least one number. */
    private boolean isTotalsRow(Object[] cells, int n) {
        int j = 0;
        while (j < n && CellTexts.isBlank(cells[j])) {
            j++;
        }
        if (j >= n || !(cells[j] instanceof String s) || !CellTexts.isTotalsLabel(CellTexts.trim(s))) {
            return false;
        }
        for (int k = j + 1; k < n; k++) {
            Object v = cells[k];
            if (v instanceof Double || (v instanceof String t && numbers.parse(CellTexts.trim(t)))) {
                return true;
            }
        }
        return false;
    }

    /** Finishes the table; throws when there is no header or no data. */
    TableResult finish() {
        if (builders == null) {
            plan();
        }
        if (rows == 0) {
            throw new ImportException(ImportException.Reason.NO_DATA_ROWS,
                    "There are no data rows below the header.", "Check that you chose the right sheet and that the data was saved.",
                    new Location(file, sheet, 0, null), null);
        }
        List<RawColumn> cols = new ArrayList<>(width);
        long invalidCells = 0;
        for (ColumnBuilder b : builders) {
            RawColumn c = b.build();
            invalidCells += c.invalidCount();
            if (c.invalidCount() == 0 && allMissing(c)) {
                problems.add(Severity.INFO, ProblemKind.EMPTY_COLUMN, c.name(), 0, "The column has no values");
            }
            if (textSource) {
                reportUndecodable(c);
            }
            cols.add(c);
        }
        RawTable table = new RawTable(file, sheet, cols, Arrays.copyOf(sourceRows, rows));
        ImportReport report = new ImportReport(file, sheet, rowsRead, rows, rowsSkipped, invalidCells, 0, problems.problems());
        return new TableResult(table, report);
    }

    /** Bytes the encoding could not decode became U+FFFD; say so instead of passing it silently. */
    private void reportUndecodable(RawColumn c) {
        if (!c.type().isText()) {
            return;
        }
        for (String v : c.dictionary()) {
            if (v.indexOf('\uFFFD') >= 0) {
                for (int r = 0; r < c.size(); r++) {
                    if (c.text(r).indexOf('\uFFFD') >= 0) {
                        problems.add(Severity.WARNING, ProblemKind.FORMAT_GUESSED, c.name(), sourceRows[r],
                                "Some characters could not be decoded and show as \uFFFD; set the file's encoding (first: '" + c.text(r) + "')");
                    }
                }
                return;
            }
        }
    }

    private static boolean allMissing(RawColumn c) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                return false;
            }
        }
        return true;
    }

    /** A finished table with its report. */
    record TableResult(RawTable table, ImportReport report) {
    }
}
