package io.salescast.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one formatted table row by row (works with streaming sheets): a styled header, frozen
 * below the header, an autofilter over the data, column widths fitted to the content, dates and
 * numbers as typed cells with workbook format codes, and text protected against formula injection.
 * A table longer than a sheet allows continues on a new sheet with the same header.
 *
 * <p>Use: {@code start()}, then for each row {@code row()} followed by one value call per column,
 * then {@code finish()}.
 */
final class TableWriter {

    /** A column: header text and format. */
    record Column(String name, ColumnType type) {
    }

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Columns printed per page width. */
    private static final int MAX_COLUMNS_PER_PAGE = 14;

    private final Workbook wb;
    private final ReportStyles styles;
    private final SheetNames names;
    private final String baseName;
    private final List<Column> columns;
    private final int headerRow;
    private final int rowLimit;
    private final int[] widths;
    private final List<Sheet> sheets = new ArrayList<>();

    private Sheet sheet;
    private Row row;
    private int nextRow;
    private int col;

    /**
     * @param headerRow 0-based row of the header on the first sheet (rows above are free for a
     *                  title written by the caller through {@link #sheet()})
     */
    TableWriter(Workbook wb, ReportStyles styles, SheetNames names, String sheetName, List<Column> columns, int headerRow) {
        this(wb, styles, names, sheetName, columns, headerRow, MAX_ROWS);
    }

    /** As above with a smaller row limit per sheet (tests of the continuation). */
    TableWriter(Workbook wb, ReportStyles styles, SheetNames names, String sheetName, List<Column> columns,
                int headerRow, int rowLimit) {
        this.wb = wb;
        this.styles = styles;
        this.names = names;
        this.baseName = sheetName;
        this.columns = List.copyOf(columns);
        this.headerRow = headerRow;
        this.rowLimit = rowLimit;
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(columns.get(i).type().minWidth, Math.min(columns.get(i).name().length() + 2, 40));
        }
        newSheet(names.unique(sheetName), headerRow);
    }

    /** The current sheet (the first one until the table overflows). */
    Sheet sheet() {
        return sheet;
    }

    /** Every sheet this table used. */
    List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    /** 0-based index of the next data row on the current sheet. */
    int nextRowIndex() {
        return nextRow;
    }

    /** Starts a new data row. */
    TableWriter row() {
        if (nextRow >= rowLimit) {
            finishSheet();
            newSheet(names.unique(baseName + " (" + (sheets.size() + 1) + ")"), 0);
        }
        row = sheet.createRow(nextRow++);
        col = 0;
        return this;
    }

    /** Next cell: text (null = empty). */
    TableWriter text(String value) {
        if (value != null && !value.isEmpty()) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(SafeText.isDangerous(value) ? styles.quotedText
                    : columns.get(col).type() == ColumnType.LONG_TEXT ? styles.wrapText : styles.text);
            fit(value.length());
        }
        col++;
        return this;
    }

    /** Next cell: a date (null = empty). */
    TableWriter date(LocalDate value) {
        if (value != null) {
            Cell c = row.createCell(col);
            c.setCellValue(SheetCells.dateSerial(value));
            c.setCellStyle(styles.date);
        }
        col++;
        return this;
    }

    /** Next cell: a number in the column's format (NaN or infinite = empty). */
    TableWriter number(double value) {
        if (Double.isFinite(value)) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(numberStyle(columns.get(col).type()));
        }
        col++;
        return this;
    }

    /** Next cell: a yes/no flag shown as text. */
    TableWriter flag(boolean value) {
        return text(value ? "yes" : "no");
    }

    /** Closes the table: autofilter and column widths on every sheet it used. */
    void finish() {
        finishSheet();
    }

    private CellStyle numberStyle(ColumnType type) {
        return switch (type) {
            case INTEGER -> styles.integer;
            case METRIC -> styles.metric;
            case PERCENT -> styles.percent;
            case DATE -> styles.date;
            default -> styles.decimal;
        };
    }

    private void fit(int length) {
        if (length + 2 > widths[col]) {
            widths[col] = Math.min(columns.get(col).type().maxWidth, length + 2);
        }
    }

    private void newSheet(String name, int header) {
        sheet = wb.createSheet(name);
        sheets.add(sheet);
        Row h = sheet.createRow(header);
        h.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(columns.get(i).name());
            c.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, header + 1);
        nextRow = header + 1;
        // wide tables shrunk onto one page are unreadable: one page width per 14 columns
        SheetCells.fitToPageWidth(sheet, true);
        sheet.getPrintSetup().setFitWidth((short) ((columns.size() + MAX_COLUMNS_PER_PAGE - 1) / MAX_COLUMNS_PER_PAGE));
        sheet.setRepeatingRows(CellRangeAddress.valueOf((header + 1) + ":" + (header + 1)));
    }

    private void finishSheet() {
        int header = sheets.size() == 1 ? headerRow : 0;
        int last = Math.max(header, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(header, last, 0, columns.size() - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
