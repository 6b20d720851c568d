package io.salescast.cli;

import io.salescast.evaluation.Metric;
import io.salescast.forecast.ModelSpec;
import io.salescast.project.Project;
import io.salescast.project.ProjectSource;
import io.salescast.project.ProjectStore;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code salescast report}: a small CSV project with hostile product names, run end to end. */
class ReportCommandTest {

    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String HOSTILE_SKU = "+cmd|' /C calc'!A0";

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path project() throws Exception {
        StringBuilder csv = new StringBuilder("date,sku,units,category,name\n");
        String[][] products = {{"A1", "toys", "Ball"}, {HOSTILE_SKU, "toys", "Kite"}, {"B7", "books", HOSTILE_NAME}};
        LocalDate d0 = LocalDate.of(2025, 1, 1);
        for (int t = 0; t < 70; t++) {
            for (int p = 0; p < products.length; p++) {
                String sku = products[p][0].contains(",") || products[p][0].contains("\"") ? quote(products[p][0]) : products[p][0];
                csv.append(d0.plusDays(t)).append(',').append(sku).append(',').append(5 + p + t % 7).append(',')
                        .append(products[p][1]).append(',').append(quote(products[p][2])).append('\n');
            }
        }
        Files.writeString(dir.resolve("sales.csv"), csv);
        ColumnMapping mapping = ColumnMapping.of("date", "units", List.of("sku"))
                .withStaticAttributes(List.of("category", "name"));
        Project p = Project.create("Toy shop", new ProjectSource("sales.csv", null, mapping, null), Frequency.DAILY, 7)
                .withModels(List.of(ModelSpec.of("seasonal_naive"), ModelSpec.of("moving_average")))
                .withWindows(2)
                .withLevels(List.of(80));
        Path file = dir.resolve("shop.json");
        ProjectStore.save(p, file);
        return file;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Test
    void writesTheWorkbookCsvAndImagesWithHostileNamesAsText() throws Exception {
        Path project = project();
        Path xlsx = dir.resolve("out/report.xlsx");
        int rc = SalescastCli.execute("report", project.toString(), "--out", xlsx.toString(), "--charts", "all:10",
                "--csv-dir", dir.resolve("csv").toString(), "--images", dir.resolve("img").toString(), "--image-format", "svg", "-q");
        assertThat(rc).as(console.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(console.stdout()).contains("Report of Toy shop written", "report.xlsx", "forecast.csv");
        int quoted = 0;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING
                                && (c.getStringCellValue().equals(HOSTILE_NAME) || c.getStringCellValue().equals(HOSTILE_SKU))) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                            quoted++;
                        }
                    }
                }
            }
            assertThat(wb.getSheet("Charts").getDrawingPatriarch().getCharts()).hasSize(3 + 2);
            // chart titles are drawing text, never evaluated: the raw id is the title
            assertThat(wb.getSheet("Charts").getDrawingPatriarch().getCharts())
                    .extracting(ch -> ch.getTitleText().getString()).contains(HOSTILE_SKU, "toys (total)");
            assertThat(wb.getSheet("Forecast").getLastRowNum()).isEqualTo(3 * 7);
        }
        assertThat(quoted).isGreaterThanOrEqualTo(2 * 7);
        String forecastCsv = Files.readString(dir.resolve("csv/forecast.csv"));
        assertThat(forecastCsv).contains("\n'" + HOSTILE_SKU + ",").doesNotContain("\n" + HOSTILE_SKU);
        assertThat(Files.list(dir.resolve("img")).map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)))
                .contains("total-toys.svg", "error-by-horizon.svg");
    }

    @Test
    void badSelectionIsAUsageError() throws Exception {
        Path project = project();
        int rc = SalescastCli.execute("report", project.toString(), "--out", dir.resolve("r.xlsx").toString(), "--charts", "best:3", "-q");
        assertThat(rc).isEqualTo(ExitCodes.USAGE);
        assertThat(console.stderr()).contains("top:N, all:N or ids:A,B,C");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }
}
