package io.salescast.cli;

import io.salescast.series.LongFormatWriter;
import io.salescast.testing.SyntheticPanels;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EngineCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void forecastWritesAColumnPerModelAutoAndIntervalsThenTheProjectRunsAgain() throws Exception {
        Path data = dir.resolve("sales.csv");
        LongFormatWriter.write(SyntheticPanels.daily(4, 200, 2.0, 1), data);
        Path csv = dir.resolve("forecasts.csv");
        Path project = dir.resolve("shop.json");
        int rc = SalescastCli.execute("forecast", data.toString(), "--date", "ds", "--target", "y", "--series", "unique_id",
                "--covariates", "price,promo", "--horizon", "7", "--windows", "2", "--levels", "80",
                "--models", "xgboost:trees=20,seasonal_naive,ensemble", "--out", csv.toString(), "--save-project",
                project.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(csv);
        // naive was not chosen: it is added as a reference baseline, forecast like the others.
        assertThat(lines.get(0)).isEqualTo("unique_id,ds,xgboost,xgboost-lo-80,xgboost-hi-80,seasonal_naive,"
                + "seasonal_naive-lo-80,seasonal_naive-hi-80,naive,naive-lo-80,naive-hi-80,ensemble,ensemble-lo-80,ensemble-hi-80,"
                + "auto,auto-lo-80,auto-hi-80");
        assertThat(lines).hasSize(1 + 4 * 7);
        assertThat(stdout()).contains("Recommended (column auto):").contains("seasonal_naive (b)").contains("skill WAPE")
                .contains("naive (b)").contains("Added for comparison (not in --models): naive;");

        console.resetStdout();
        rc = SalescastCli.execute("run", project.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("shop.results/forecasts.csv")).exists();
        assertThat(Files.readAllLines(dir.resolve("shop.results/forecasts.csv"))).isEqualTo(lines);

        console.resetStdout();
        rc = SalescastCli.execute("backtest", project.toString(), "--models", "seasonal_naive,naive", "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("Backtest: 2 windows x 7 periods").contains("naive (b)");
    }

    @Test
    void forecastWritesTheExcelReportOfTheSameRun() throws Exception {
        Path data = dir.resolve("sales.csv");
        LongFormatWriter.write(SyntheticPanels.daily(3, 120, 2.0, 1), data);
        Path csv = dir.resolve("forecasts.csv");
        Path report = dir.resolve("out").resolve("report.xlsx");
        int rc = SalescastCli.execute("forecast", data.toString(), "--date", "ds", "--target", "y", "--series", "unique_id",
                "--covariates", "price,promo", "--horizon", "7", "--windows", "1", "--levels", "80",
                "--models", "xgboost:trees=10,seasonal_naive", "--out", csv.toString(), "--report", report.toString(), "-q");
        assertThat(rc).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(report).isRegularFile();
        assertThat(stdout()).contains("Wrote report " + report);
        try (Workbook wb = WorkbookFactory.create(report.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(wb.getSheet("Forecast")).isNotNull();
            assertThat(wb.getSheet("Forecast").getLastRowNum()).isEqualTo(3 * 7);
        }
    }

    @Test
    void badSettingsAreUserErrors() throws Exception {
        Path data = dir.resolve("sales.csv");
        LongFormatWriter.write(SyntheticPanels.daily(2, 60, 2.0, 1), data);
        int rc = SalescastCli.execute("forecast", data.toString(), "--date", "ds", "--target", "y", "--series", "unique_id",
                "--covariates", "price,promo", "--models", "prophet", "--out", dir.resolve("f.csv").toString(), "-q");
        assertThat(rc).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr()).contains("no model type 'prophet'");
    }
}
