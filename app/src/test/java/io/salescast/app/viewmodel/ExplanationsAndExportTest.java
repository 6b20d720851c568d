package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.chart.PointPick;
import io.salescast.app.infra.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplanationsAndExportTest {

    @TempDir
    Path dir;
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        TestSessions.waitFor(60, c);
    }

    @Test
    void clickingAForecastPointShowsAnAdditiveWaterfall() throws Exception {
        RunResult run = TrainingFlowTest.trainedTiny();
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ResultsViewModel results = new ResultsViewModel(s, Locale.US);
        ExplanationsViewModel vm = new ExplanationsViewModel(s, results, tasks, Locale.US);
        s.resultProperty().set(run);
        // callbacks run on the worker thread here: wait for the views, published after the explanation
        waitFor(() -> vm.explanationProperty().get() != null && !vm.importance().isEmpty() && !vm.waterfall().isEmpty());
        assertThat(vm.modelProperty().get()).isEqualTo("xgboost");
        assertThat(vm.importance()).isNotEmpty();
        assertThat(vm.driversProperty().get()).contains("units");
        var chart = results.chartProperty().get();
        var fc = chart.series().get(chart.series().size() - 1);
        vm.pick(new PointPick(fc.name(), 3, fc.x()[3], fc.y()[3]));
        assertThat(vm.pointDateProperty().get().toEpochDay()).isEqualTo((long) fc.x()[3]);
        assertThat(vm.waterfallTitleProperty().get()).contains("step 4");
        var bars = vm.waterfall();
        assertThat(bars.get(0).label()).contains("base");
        assertThat(bars.get(bars.size() - 1).label()).isEqualTo("Forecast");
        double end = bars.get(bars.size() - 2).end();
        assertThat(end).as("steps run from the base to the forecast").isCloseTo(bars.get(bars.size() - 1).end(),
                org.assertj.core.api.Assertions.within(1e-3));
        String id = results.targetProperty().get().ids().get(0);
        double xgbForecast = run.result().forecasts().series(id).orElseThrow().column("xgboost")[3];
        assertThat(bars.get(bars.size() - 1).end()).isCloseTo(xgbForecast, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void exportsAnExcelReportAndACsvFile() throws Exception {
        RunResult run = TrainingFlowTest.trainedTiny();
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ResultsViewModel results = new ResultsViewModel(s, Locale.US);
        ExplanationsViewModel ex = new ExplanationsViewModel(s, results, tasks, Locale.US);
        s.resultProperty().set(run);
        waitFor(() -> ex.explanationProperty().get() != null);
        ExportViewModel vm = new ExportViewModel(s, ex, tasks, dialogs);
        // The workbench's report explains like the command line's: readable labels and family labels, family totals.
        var explained = vm.reportInput().explanations();
        java.util.Set<String> familyLabels = java.util.Arrays.stream(io.salescast.features.FeatureFamily.values())
                .map(io.salescast.features.FeatureFamily::label).collect(java.util.stream.Collectors.toSet());
        assertThat(explained.global()).isNotEmpty().allMatch(f -> familyLabels.contains(f.family()));
        assertThat(explained.families()).isNotEmpty();
        assertThat(explained.global()).as("labels, not column names").anyMatch(f -> f.feature().contains(" "));
        CountDownLatch done = new CountDownLatch(2);
        Path xlsx = dir.resolve("report.xlsx");
        Path csv = dir.resolve("forecasts.csv");
        vm.exportReport(xlsx, f -> done.countDown());
        vm.exportCsv(csv, f -> done.countDown());
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dialogs.errors).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(3);
            java.util.List<String> names = new java.util.ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(String.join(",", names).toLowerCase(Locale.ROOT)).contains("summary", "forecast");
        }
        java.util.List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("unique_id,ds");
        assertThat(lines).hasSize(1 + 20 * 14);
    }
}
