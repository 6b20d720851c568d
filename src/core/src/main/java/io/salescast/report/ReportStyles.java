package io.salescast.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a report, created once per workbook (Excel limits a workbook to 64,000
 * styles). Number and date formats are format codes stored in the workbook, never text formatted
 * with the JVM's locale: Excel and LibreOffice show them with the reader's own decimal and date
 * separators.
 */
final class ReportStyles {

    /** ISO dates: unambiguous in every locale. */
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String INTEGER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";
    static final String METRIC_FORMAT = "#,##0.000";
    static final String PERCENT_FORMAT = "0.0%";

    final CellStyle header;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle wrapText;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle metric;
    final CellStyle percent;

    ReportStyles(Workbook wb) {
        DataFormat fmt = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        Font white = wb.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        header = wb.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);
        wrapText = wb.createCellStyle();
        wrapText.setWrapText(true);
        wrapText.setVerticalAlignment(VerticalAlignment.TOP);

        date = numberStyle(wb, fmt, DATE_FORMAT);
        date.setAlignment(HorizontalAlignment.CENTER);
        dateTime = numberStyle(wb, fmt, DATE_TIME_FORMAT);
        integer = numberStyle(wb, fmt, INTEGER_FORMAT);
        decimal = numberStyle(wb, fmt, DECIMAL_FORMAT);
        metric = numberStyle(wb, fmt, METRIC_FORMAT);
        percent = numberStyle(wb, fmt, PERCENT_FORMAT);
    }

    private static CellStyle numberStyle(Workbook wb, DataFormat fmt, String code) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(fmt.getFormat(code));
        return s;
    }

    /** Style for a text value: quote-prefixed when it could be read as a formula. */
    CellStyle textFor(String value) {
        return SafeText.isDangerous(value) ? quotedText : text;
    }
}
