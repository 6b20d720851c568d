package io.salescast.report;

import io.salescast.core.Location;
import io.salescast.evaluation.Metric;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.Severity;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A real engine run (baselines, tiny sample store) through the adapter into the workbook. */
class ReportInputsTest {

    @TempDir
    static Path dir;
    private static SalesPanel panel;
    private static EngineResult result;
    private static ReportInput input;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void run() throws Exception {
        panel = SampleStore.generate(SampleOptions.tiny().withProducts(6)).panel();
        EngineSettings settings = new EngineSettings(List.of(ModelSpec.of("seasonal_naive"), ModelSpec.of("moving_average"),
                ModelSpec.of("naive")), null, null, 14, 2, 14, List.of(80), Metric.MAE, 0);
        result = new ForecastEngine(settings, ModelCatalog.standard()).run(panel, null, new TrainContext(1, Device.CPU, 1, null, null));
        ImportReport imp = new ImportReport("store.xlsx", "Daily", 100, 98, 2, 1, 3, List.of(
                new ImportProblem(Severity.WARNING, ProblemKind.values()[0], "Row without a date: skipped.",
                        new Location("store.xlsx", "Daily", 17, "date"), 2, List.of(17L, 40L))));
        input = ReportInputs.of("Tiny store", panel, settings, result, imp, null, Map.of("Seed", "1"));
        Path file = dir.resolve("engine.xlsx");
        ExcelReport.write(input, file, ReportOptions.defaults(), io.salescast.core.ProgressListener.NONE,
                io.salescast.core.CancellationToken.none());
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void leaderboardMatchesTheEvaluation() {
        BacktestResults bt = input.backtest();
        assertThat(bt.primaryMetric()).isEqualTo("MAE");
        assertThat(bt.leaderboard()).extracting(LeaderboardRow::model)
                .containsExactlyElementsOf(result.leaderboard().rows().stream().map(r -> r.model()).toList());
        var sn = result.leaderboard().row("seasonal_naive").orElseThrow();
        LeaderboardRow mine = bt.leaderboard().stream().filter(r -> r.model().equals("seasonal_naive")).findFirst().orElseThrow();
        assertThat(mine.skill()).isZero();
        assertThat(mine.baseline()).isTrue();
        assertThat(mine.values()[0]).isEqualTo(sn.overall().mae());
        // the Backtest sheet shows the same numbers
        Sheet s = wb.getSheet("Backtest");
        Row first = s.getRow(4);
        var best = result.leaderboard().rows().get(0);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo(best.model());
        assertThat(first.getCell(3).getNumericCellValue()).isCloseTo(best.overall().mae(), within(1e-12));
        assertThat(bt.byStep()).hasSize(3 * 14);
        assertThat(bt.windows()).hasSize(result.backtest().slices().size());
    }

    @Test
    void forecastSheetHoldsTheEngineForecasts() {
        ForecastFrame f = result.forecasts();
        Sheet s = wb.getSheet("Forecast");
        List<String> header = new java.util.ArrayList<>();
        s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        ForecastFrame.SeriesForecast first = f.series().get(0);
        int col = header.indexOf("seasonal_naive");
        for (int k = 0; k < 14; k++) {
            Row r = s.getRow(1 + k);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(first.id());
            assertThat(r.getCell(col).getNumericCellValue()).isCloseTo(first.column("seasonal_naive")[k], within(1e-12));
        }
        assertThat(s.getLastRowNum()).isEqualTo(f.series().size() * 14);
        assertThat(header).containsAll(panel.attributes().names());
    }

    @Test
    void chosenModelIsTheRecommendationAndDataQualityIsListed() {
        assertThat(input.chosenModel()).isEqualTo(result.auto());
        assertThat(input.dataQuality().rowsSkipped()).isEqualTo(2);
        assertThat(input.dataQuality().issues().get(0).location()).contains("row 17");
        assertThat(wb.getSheet("Data quality").getRow(11).getCell(3).getStringCellValue()).isEqualTo("Row without a date: skipped.");
        assertThat(input.summary().provenance()).containsKey("Seed");
    }
}
