package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.ingest.ProblemKind;
import io.salescast.series.Frequency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    /** Two products over 60 days; one unreadable units cell (file row 12) and one row without a date (row 40). */
    static Path writeSalesWithProblems(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("date,sku,units,price,category\n");
        LocalDate d0 = LocalDate.of(2025, 1, 1);
        int row = 1;
        for (int i = 0; i < 60; i++) {
            for (String sku : new String[] {"A-1", "B-2"}) {
                row++;
                String units = row == 12 ? "twelve" : Integer.toString((i * 7 + sku.length()) % 9);
                String date = row == 40 ? "" : d0.plusDays(i).toString();
                sb.append(date).append(',').append(sku).append(',').append(units).append(',').append(sku.startsWith("A") ? "9.99" : "4.50")
                        .append(',').append(sku.startsWith("A") ? "Toys" : "Books").append('\n');
            }
        }
        Path f = dir.resolve("sales-with-problems.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    private static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        TestSessions.waitFor(20, cond);
    }

    @Test
    void suggestsRolesAndReportsEveryProblemBeforeImporting() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = new ImportViewModel(session, tasks, dialogs);
        vm.open(writeSalesWithProblems(dir));
        waitFor(() -> vm.readyProperty().get());
        assertThat(vm.columns()).extracting(ImportColumn::name).containsExactly("date", "sku", "units", "price", "category");
        assertThat(vm.columns()).extracting(c -> c.roleProperty().get()).containsExactly(ColumnRole.DATE, ColumnRole.SERIES_KEY,
                ColumnRole.TARGET, ColumnRole.COVARIATE, ColumnRole.ATTRIBUTE);
        assertThat(vm.previewRows()).hasSize(ImportViewModel.PREVIEW_ROWS);
        assertThat(vm.problems()).extracting(p -> p.kind()).contains(ProblemKind.BAD_NUMBER, ProblemKind.MISSING_DATE);
        assertThat(vm.reportProperty().get().invalidCells()).isEqualTo(1);
        // the bad cell is file row 12 = preview row 10 (row 1 is the header)
        assertThat(vm.sourceRow(10)).isEqualTo(12);
        assertThat(vm.isProblemCell(10, "units")).isTrue();
        assertThat(vm.isProblemCell(10, "price")).isFalse();
        assertThat(vm.isProblemCell(9, "units")).isFalse();
        assertThat(vm.outcomeProperty().get()).contains("2 series", "daily");
        assertThat(session.panelProperty().get()).as("nothing imported before confirming").isNull();

        dialogs.confirmAnswer = true;
        assertThat(vm.importData()).isTrue();
        assertThat(session.panelProperty().get().size()).isEqualTo(2);
        assertThat(session.panelProperty().get().frequency()).isEqualTo(Frequency.DAILY);
        assertThat(session.importProperty().get().report().problems()).isNotEmpty();
        assertThat(session.panelProperty().get().attributes().get("A-1", "category")).isEqualTo("Toys");
    }

    @Test
    void mappingErrorsAreExplainedAndBlockTheImport() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = new ImportViewModel(session, tasks, dialogs);
        vm.open(writeSalesWithProblems(dir));
        waitFor(() -> vm.readyProperty().get());
        vm.columns().get(3).roleProperty().set(ColumnRole.TARGET);
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.mappingErrorProperty().get()).contains("Two columns are marked as the target");
        assertThat(vm.importData()).isFalse();
        vm.columns().get(3).roleProperty().set(ColumnRole.IGNORE);
        vm.frequencyProperty().set(Frequency.WEEKLY);
        waitFor(() -> vm.readyProperty().get());
        assertThat(vm.outcomeProperty().get()).contains("weekly", "frequency chosen");
        dialogs.confirmAnswer = false;
        assertThat(vm.importData()).as("user declined importing with problems").isFalse();
        assertThat(session.panelProperty().get()).isNull();
    }

    @Test
    void unreadableFilesGiveAReadableError() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = new ImportViewModel(session, tasks, dialogs);
        Path bad = dir.resolve("not-a-sheet.xlsx");
        Files.write(bad, new byte[] {0x50, 0x4b, 3, 4, 1, 2, 3});
        vm.open(bad);
        waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).title()).contains("not-a-sheet.xlsx");
        assertThat(dialogs.errors.get(0).whatToDo()).isNotBlank();
    }
}
