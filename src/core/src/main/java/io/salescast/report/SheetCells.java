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

    /** Excel serial of 1970-01-01 (serials count days from 1899-12-30 for dates after 1900-02-28). */
    private static final long EPOCH_SERIAL = 25569;
    private static final java.time.LocalDate FIRST_FAST = java.time.LocalDate.of(1900, 3, 1);

    /**
     * The spreadsheet serial number of {@code date} in the 1900 date system, computed directly
     * (POI's general conversion goes through time zones and calendars: slow for millions of cells).
     */
    static double dateSerial(java.time.LocalDate date) {
        if (date.isBefore(FIRST_FAST)) {
            return org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date);
        }
        return date.toEpochDay() + EPOCH_SERIAL;
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
