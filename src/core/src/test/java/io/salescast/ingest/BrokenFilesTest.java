package io.salescast.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static io.salescast.ingest.ImporterCsvTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile and broken inputs each give a typed {@link ImportException} with a plain message, never
 * another exception and never a hang (the timeout is a hang guard; typical times are far below
 * a second, see docs/bench-ingest.md).
 */
class BrokenFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private ImportException failure(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Importer.read(file, ReadOptions.defaults()));
            assertThat(t).isInstanceOf(ImportException.class);
            ImportException e = (ImportException) t;
            assertThat(e.userMessage()).contains(file.getFileName().toString());
            assertThat(e.hint()).isNotBlank();
            return e;
        });
    }

    @Test
    void truncatedXlsx() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("daily-serial.xlsx"));
        Path f = dir.resolve("truncated.xlsx");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.CORRUPT);
    }

    @Test
    void zipBomb() throws IOException {
        Path f = dir.resolve("bomb.xlsx");
        IngestFixtures.zipBomb(f, 64);
        assertThat(Files.size(f)).isLessThan(1 << 20);
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
    }

    @Test
    void gzipBombStopsAtTheByteLimit() throws IOException {
        Path f = dir.resolve("bomb.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("date,units\n".getBytes());
            byte[] line = "2024-01-01,1\n".repeat(1000).getBytes();
            for (int i = 0; i < 200; i++) {
                out.write(line);
            }
        }
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> Importer.read(f, ReadOptions.defaults().withLimits(ReadOptions.DEFAULT_MAX_ROWS, 1 << 20)));
        assertThat(t).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.TOO_LARGE));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path f = dir.resolve("xxe.xlsx");
        IngestFixtures.externalEntity(f, secret);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                ImportResult r = Importer.read(f, ReadOptions.defaults());
                for (RawColumn c : r.table().columns()) {
                    for (int i = 0; i < c.size(); i++) {
                        assertThat(c.text(i)).doesNotContain("TOP-SECRET");
                    }
                }
            } catch (ImportException e) {
                assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
            }
        });
    }

    @Test
    void textRenamedToXlsx() throws IOException {
        Path f = dir.resolve("notes.xlsx");
        Files.writeString(f, "date,units\n2024-01-01,3\n");
        ImportException e = failure(f);
        assertThat(e.reason()).isEqualTo(ImportException.Reason.NOT_A_SPREADSHEET);
        assertThat(e.getMessage()).contains(".xlsx");
    }

    @Test
    void pdfRenamedToXls() throws IOException {
        Path f = dir.resolve("report.xls");
        Files.writeString(f, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void zipThatIsNotAWorkbook() throws IOException {
        Path f = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        assertThat(failure(f).reason()).isIn(ImportException.Reason.NOT_A_SPREADSHEET, ImportException.Reason.CORRUPT);
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[50_000];
        new Random(7).nextBytes(junk);
        Path f = dir.resolve("junk.csv");
        Files.write(f, junk);
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.NOT_A_SPREADSHEET);
        Path g = dir.resolve("junk.xlsx");
        Files.write(g, junk);
        assertThat(failure(g).reason()).isEqualTo(ImportException.Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = dir.resolve("empty.csv");
        Files.write(f, new byte[0]);
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.EMPTY_FILE);
    }

    @Test
    void headerWithoutDataRows() throws IOException {
        Path f = dir.resolve("header-only.csv");
        Files.writeString(f, "date,sku,units\n\n\n");
        ImportException e = failure(f);
        assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_DATA_ROWS);
        assertThat(e.getMessage()).contains("no data rows");
    }

    @Test
    void onlyBlankLines() throws IOException {
        Path f = dir.resolve("blank.csv");
        Files.writeString(f, "\n\n  \n");
        assertThat(failure(f).reason()).isIn(ImportException.Reason.EMPTY_SHEET, ImportException.Reason.NO_DATA_ROWS);
    }

    @Test
    void missingFile() {
        assertThat(failure(dir.resolve("nope.csv")).reason()).isEqualTo(ImportException.Reason.FILE_NOT_FOUND);
    }

    @Test
    void emptySheetOfAWorkbook() throws IOException {
        Path f = dir.resolve("empty-sheet.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Nothing");
            wb.write(out);
        }
        assertThat(failure(f).reason()).isEqualTo(ImportException.Reason.EMPTY_SHEET);
    }

    @Test
    void unbalancedQuotesAreReadNotHung() throws IOException {
        Path f = dir.resolve("quotes.csv");
        Files.writeString(f, "date,sku,units\n2024-01-01,\"A,3\n2024-01-02,B,4\n");
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                ImportResult r = Importer.read(f, ReadOptions.defaults());
                assertThat(r.table().rowCount()).isGreaterThanOrEqualTo(1);
            } catch (ImportException e) {
                assertThat(e.reason()).isIn(ImportException.Reason.CORRUPT, ImportException.Reason.NO_DATA_ROWS);
            }
        });
    }

    @Test
    void wrongEncodingOverrideIsNotFatal() {
        assertThatThrownBy(() -> Importer.read(fixture("bom.csv"), ReadOptions.defaults().withSheet("x").withHeaderRow(9)))
                .isInstanceOf(ImportException.class);
    }
}
