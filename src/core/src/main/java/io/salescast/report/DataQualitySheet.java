package io.salescast.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;

/** The import report: rows read, used, skipped and filled, and every problem found. */
final class DataQualitySheet {

    static final String NAME = "Data quality";

    private final ReportStyles styles;
    private final SheetNames names;

    DataQualitySheet(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    String write(Workbook wb, DataQuality dq) {
        List<TableWriter.Column> cols = List.of(
                new TableWriter.Column("severity", ColumnType.TEXT),
                new TableWriter.Column("where", ColumnType.TEXT),
                new TableWriter.Column("rows/values affected", ColumnType.INTEGER),
                new TableWriter.Column("what was found and done", ColumnType.LONG_TEXT));
        TableWriter t = new TableWriter(wb, styles, names, NAME, cols, 10);
        Sheet s = t.sheet();
        SheetCells.text(styles, s.createRow(0), 0, "Data quality: what the import found", styles.title);
        fact(s, 2, "Source file", dq.source());
        count(s, 3, "Rows read", dq.rowsRead());
        count(s, 4, "Rows used", dq.rowsUsed());
        count(s, 5, "Rows skipped", dq.rowsSkipped());
        count(s, 6, "Unreadable cells (left missing)", dq.invalidCells());
        count(s, 7, "Missing periods filled", dq.valuesFilled());
        fact(s, 8, "Problems found", dq.issues().isEmpty() ? "none" : String.valueOf(dq.issues().size()));
        for (DataQuality.Issue i : dq.issues()) {
            t.row().text(i.severity()).text(i.location()).number(i.count()).text(i.message());
        }
        t.finish();
        return s.getSheetName();
    }

    private void fact(Sheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        SheetCells.text(styles, row, 0, key, styles.label);
        SheetCells.text(styles, row, 1, value, styles.text);
    }

    private void count(Sheet s, int r, String key, long value) {
        Row row = s.createRow(r);
        SheetCells.text(styles, row, 0, key, styles.label);
        if (value < 0) {
            SheetCells.text(styles, row, 1, "not reported", styles.subtitle);
        } else {
            SheetCells.number(row, 1, value, styles.integer);
        }
    }
}
