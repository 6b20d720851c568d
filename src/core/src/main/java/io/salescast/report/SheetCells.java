package io.salescast.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Small helpers for writing single cells outside a {@link TableWriter}. */
final class SheetCells {

    private SheetCells() {
    }

    /** A text cell; text that could run as a formula gets the quote-prefixed style. */
    static void text(ReportStyles styles, Row row, int c, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(SafeText.isDangerous(value) ? styles.quotedText : style);
    }

    /** Prints the sheet one page wide, as many pages tall as needed. */
    static void fitToPageWidth(org.apache.poi.ss.usermodel.Sheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A number cell; NaN and infinities stay empty. */
    static void number(Row row, int c, double value, CellStyle style) {
        if (Double.isFinite(value)) {
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
