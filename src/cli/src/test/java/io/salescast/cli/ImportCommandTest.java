package io.salescast.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** A fixture of core's test jar, copied to a file (inside a jar it has no path). */
    private Path fixture(String name) throws IOException {
        Path f = dir.resolve("fixtures").resolve(name);
        if (!Files.exists(f)) {
            Files.createDirectories(f.getParent());
            try (var in = ImportCommandTest.class.getResourceAsStream("/ingest/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + name);
                }
                Files.copy(in, f);
            }
        }
        return f;
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void importsWithAnExplicitMapping() throws Exception {
        Path panel = dir.resolve("panel.csv");
        int rc = SalescastCli.execute("import", fixture("decimal-comma-semicolon.csv").toString(), "--date", "date", "--target", "units",
                "--series", "sku", "--covariates", "price,promo", "--freq", "daily", "--out", panel.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(panel)).isEqualTo(Files.readString(fixture("golden/decimal-comma-semicolon_csv.csv")));
        assertThat(stdout()).contains("2 series", "6 periods", "daily");
    }

    @Test
    void suggestsTheMappingAndWritesReportAndAttributes() throws Exception {
        Path panel = dir.resolve("panel.csv");
        Path attrs = dir.resolve("attrs.csv");
        Path report = dir.resolve("problems.csv");
        int rc = SalescastCli.execute("import", fixture("merged-wide.xlsx").toString(), "--out", panel.toString(),
                "--static-out", attrs.toString(), "--report", report.toString());
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stderr()).contains("--target units", "--series SKU", "--static Name");
        assertThat(Files.readString(panel)).isEqualTo(Files.readString(fixture("golden/merged-wide_xlsx.csv")));
        assertThat(Files.readAllLines(attrs)).containsExactly("unique_id,Name", "A-1,Apple juice", "B-2,Bread", "C-3,Cheese");
        assertThat(Files.readString(report)).contains("TOTALS_ROW", "MISSING_VALUE");
        assertThat(stdout()).contains("from wide format", "weekly");
    }

    @Test
    void attributesFromAnotherSheet() throws Exception {
        Path panel = dir.resolve("panel.csv");
        Path attrs = dir.resolve("attrs.csv");
        int rc = SalescastCli.execute("import", fixture("daily-serial.xlsx").toString(), "--date", "Date", "--target", "Units",
                "--series", "SKU", "--attributes", "Serial", "--out", panel.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr()).contains("no column \"SKU\"", "order date, units");
        // header names match case-insensitively (SKU in Sales, sku in Products)
        rc = SalescastCli.execute("import", fixture("daily-serial.xlsx").toString(), "--date", "Date", "--target", "Units",
                "--series", "SKU", "--attributes", "Products", "--out", panel.toString(), "--static-out", attrs.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(attrs)).containsExactly("unique_id,name,category", "A-1,Apple juice,Drinks", "B-2,Bread,Bakery");
    }

    @Test
    void strictModeFailsOnDataErrors() throws Exception {
        int rc = SalescastCli.execute("import", fixture("decimal-comma-semicolon.csv").toString(), "--target", "units", "--series", "sku",
                "--out", dir.resolve("p.csv").toString(), "--strict", "-q");
        assertThat(rc).isEqualTo(ExitCodes.DATA_ERRORS);
    }

    @Test
    void brokenFileIsOneClearLineAndExitCode3() throws IOException {
        Path junk = dir.resolve("sales.xlsx");
        Files.writeString(junk, "this is not a workbook");
        int rc = SalescastCli.execute("import", junk.toString(), "--target", "units", "--series", "sku", "--out", dir.resolve("p.csv").toString());
        assertThat(rc).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr()).startsWith("error: sales.xlsx: The file is named .xlsx but it is not a spreadsheet.");
        assertThat(stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownColumnIsBadInput() throws Exception {
        int rc = SalescastCli.execute("import", fixture("bom.csv").toString(), "--target", "qty", "--series", "sku",
                "--out", dir.resolve("p.csv").toString());
        assertThat(rc).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr()).contains("no column \"qty\"", "date, sku, units");
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(SalescastCli.execute("import", fixture("bom.csv").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(SalescastCli.execute("import", fixture("bom.csv").toString(), "--out", "x.csv", "--freq", "hourly"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(SalescastCli.execute("import", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("--series", "--freq");
    }

    @Test
    void inspectShowsSheetsTypesAndProblems() throws Exception {
        int rc = SalescastCli.execute("inspect", fixture("daily-serial.xlsx").toString());
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("XLSX", "Sheet \"Sales\"", "Sheet \"Products\"", "Sheet \"Serial\"",
                "Promo", "boolean", "#DIV/0!", "Totals rows");
    }
}
