package io.salescast.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Bridges streaming sheets to the XSSF drawing layer that native charts need. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * The XSSF sheet behind {@code sheet}: for a streaming workbook the sheet of the wrapped
     * XSSFWorkbook (which owns drawings; only the cell rows stream to disk).
     */
    static XSSFSheet xssf(Workbook wb, Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            return x;
        }
        if (wb instanceof SXSSFWorkbook sx) {
            return sx.getXSSFWorkbook().getSheet(sheet.getSheetName());
        }
        throw new IllegalArgumentException("charts need an XSSF or SXSSF workbook, got " + wb.getClass().getSimpleName());
    }
}
