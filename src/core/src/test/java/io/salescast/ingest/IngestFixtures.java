package io.salescast.ingest;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the hand-made workbook fixtures under src/test/resources/ingest (committed; rerun
 * {@code main} with that folder to regenerate them) and the hostile files the tests create on
 * the fly. Each fixture carries one awkwardness of real exports.
 */
public final class IngestFixtures {

    private IngestFixtures() {
    }

    /** Regenerates the committed fixtures into {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        dailyWorkbook(dir.resolve("daily-serial.xlsx"));
        mergedWide(dir.resolve("merged-wide.xlsx"));
        legacyXls(dir.resolve("legacy.xls"));
        protectedXlsx(dir.resolve("protected.xlsx"), "secret");
    }

    /** Title row, blank row, header; Excel date cells; formulas with cached values; an error cell; totals row; second sheet; serial-number dates. */
    static void dailyWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet s = wb.createSheet("Sales");
            s.createRow(0).createCell(0).setCellValue("Daily sales report, March 2024");
            Row h = s.createRow(2);
            String[] head = {"Date", "SKU", "Units", "Price", "Revenue", "Promo"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] data = {
                {LocalDate.of(2024, 3, 1), "A-1", 3, 2.5, true},
                {LocalDate.of(2024, 3, 1), "B-2", 1, 4.0, false},
                {LocalDate.of(2024, 3, 2), "A-1", 5, 2.5, false},
                {LocalDate.of(2024, 3, 4), "A-1", 2, 2.75, false},
                {LocalDate.of(2024, 3, 4), "B-2", 0, 4.0, true},
            };
            int r = 3;
            for (Object[] d : data) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue((LocalDate) d[0]);
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue((String) d[1]);
                row.createCell(2).setCellValue((Integer) d[2]);
                row.createCell(3).setCellValue((Double) d[3]);
                row.createCell(4).setCellFormula("C" + (r + 1) + "*D" + (r + 1));
                row.createCell(5).setCellValue((Boolean) d[4]);
                r++;
            }
            Row bad = s.createRow(r);
            bad.createCell(0).setCellValue(LocalDate.of(2024, 3, 5));
            bad.getCell(0).setCellStyle(date);
            bad.createCell(1).setCellValue("B-2");
            bad.createCell(2).setCellValue(4);
            bad.createCell(3).setCellValue(4.0);
            bad.createCell(4).setCellFormula("C" + (r + 1) + "/0");
            bad.createCell(5).setCellValue(false);
            Row total = s.createRow(r + 2);
            total.createCell(0).setCellValue("Total");
            total.createCell(2).setCellFormula("SUM(C4:C" + (r + 1) + ")");
            Sheet p = wb.createSheet("Products");
            String[][] products = {{"sku", "name", "category"}, {"A-1", "Apple juice", "Drinks"}, {"B-2", "Bread", "Bakery"}};
            for (int i = 0; i < products.length; i++) {
                Row row = p.createRow(i);
                for (int j = 0; j < 3; j++) {
                    row.createCell(j).setCellValue(products[i][j]);
                }
            }
            Sheet serial = wb.createSheet("Serial");
            serial.createRow(0).createCell(0).setCellValue("order date");
            serial.getRow(0).createCell(1).setCellValue("units");
            for (int i = 0; i < 3; i++) {
                Row row = serial.createRow(i + 1);
                row.createCell(0).setCellValue(45352 + i); // 2024-03-01.. as plain numbers
                row.createCell(1).setCellValue(i + 1);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
    }

    /** Wide format under a two-row header with merged cells and week dates as date cells. */
    static void mergedWide(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Weekly");
            Row top = s.createRow(0);
            top.createCell(0).setCellValue("SKU");
            top.createCell(1).setCellValue("Name");
            top.createCell(2).setCellValue("Units");
            Row second = s.createRow(1);
            for (int i = 0; i < 3; i++) {
                second.createCell(2 + i).setCellValue(LocalDate.of(2024, 1, 1).plusWeeks(i));
                second.getCell(2 + i).setCellStyle(date);
            }
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            s.addMergedRegion(new CellRangeAddress(0, 0, 2, 4));
            Object[][] rows = {{"A-1", "Apple juice", 10, 12, 9}, {"B-2", "Bread", 4, null, 6}, {"C-3", "Cheese", 1, "n/a", 2}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(2 + i);
                for (int j = 0; j < 5; j++) {
                    Object v = rows[i][j];
                    if (v instanceof String t) {
                        row.createCell(j).setCellValue(t);
                    } else if (v instanceof Integer n) {
                        row.createCell(j).setCellValue(n);
                    }
                }
            }
            Row total = s.createRow(6);
            total.createCell(0).setCellValue("Total");
            total.createCell(2).setCellValue(15);
            total.createCell(3).setCellValue(12);
            total.createCell(4).setCellValue(17);
            save(wb, file);
        }
    }

    /** Excel 97-2003 workbook. */
    static void legacyXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            Sheet s = wb.createSheet("Data");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("day");
            h.createCell(1).setCellValue("item");
            h.createCell(2).setCellValue("qty");
            for (int i = 0; i < 4; i++) {
                Row row = s.createRow(i + 1);
                row.createCell(0).setCellValue(LocalDate.of(2023, 12, 30).plusDays(i));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(i % 2 == 0 ? "X" : "Y");
                row.createCell(2).setCellValue(i + 1);
            }
            save(wb, file);
        }
    }

    /** A small XLSX encrypted with a password (agile encryption, as Excel does). */
    static void protectedXlsx(Path file, String password) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue("date");
            s.getRow(0).createCell(1).setCellValue("units");
            s.createRow(1).createCell(0).setCellValue("2024-01-01");
            s.getRow(1).createCell(1).setCellValue(3);
            wb.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** An XLSX whose sheet part inflates from a few hundred KB to {@code megabytes} MB of blanks. */
    static void zipBomb(Path file, int megabytes) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(plain);
        }
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes();
                    out.write(head);
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * An XLSX whose sheet declares an external entity pointing at {@code target} and uses it in
     * a cell (an XXE attack: a reader that resolved it would leak the file's content).
     */
    static void externalEntity(Path file, Path target) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(plain);
        }
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + target.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>date</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>units</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&leak;</t></is></c><c r=\"B2\"><v>1</v></c></row>"
                + "</sheetData></worksheet>";
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
