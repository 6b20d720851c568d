package io.salescast.sample;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Shared pieces of the streaming workbooks: cell styles (header, date, money, percent, integer),
 * the frozen header row with an autofilter, and a reproducible write. Closing it deletes the
 * streaming workbook's temporary files, also when writing stopped half-way.
 */
final class XlsxSupport implements AutoCloseable {

    /** Rows kept in memory by the streaming workbook. */
    static final int WINDOW = 200;

    final SXSSFWorkbook workbook;
    final CellStyle header;
    final CellStyle headerDate;
    final CellStyle date;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle integer;
    final CellStyle text;
    private boolean written;

    XlsxSupport() {
        workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = headerStyle(bold);
        headerDate = headerStyle(bold);
        headerDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date = format("yyyy-mm-dd");
        money = format("#,##0.00");
        percent = format("0%");
        integer = format("0");
        text = workbook.createCellStyle();
    }

    private CellStyle headerStyle(Font bold) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(bold);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    private CellStyle format(String pattern) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return s;
    }

    /** A sheet with a header row of text labels and the given column widths (in characters). */
    SXSSFSheet sheet(String name, List<String> labels, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            text(row, c, labels.get(c), header);
            sheet.setColumnWidth(c, Math.min(255, widths[Math.min(c, widths.length - 1)]) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Adds the autofilter over the header and {@code lastRow} (0-based) data rows. */
    static void autoFilter(SXSSFSheet sheet, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, lastColumn));
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void date(Row row, int c, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Writes the workbook to {@code target} with a fixed creation date, then repacks it so the
     * same content gives the same bytes (see {@link ZipRepacker}).
     */
    void write(Path target, LocalDate created) throws IOException {
        written = true;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
        Path raw = Files.createTempFile(target.toAbsolutePath().getParent(), ".raw-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            }
            ZipRepacker.repack(raw, target);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Closes the workbook, which (since POI 5) also deletes its temporary sheet files. A workbook
     * abandoned before {@link #write} (cancelled) is disposed first: POI's close alone would try to
     * flush its rows into already-closed streams and log a warning.
     */
    @Override
    @SuppressWarnings("deprecation")
    public void close() throws IOException {
        if (!written) {
            workbook.dispose();
        }
        workbook.close();
    }
}
