package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.forecast.engine.ModelCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectViewModelTest {

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

    private record Stack(SessionViewModel session, ModelsViewModel models, ProjectViewModel project) {
    }

    private Stack stack() {
        SessionViewModel s = new SessionViewModel(tasks, dialogs);
        ModelsViewModel m = new ModelsViewModel(s, false, false, "test");
        TrainingViewModel t = new TrainingViewModel(s, m, tasks, dialogs, ModelCatalog::standard);
        return new Stack(s, m, new ProjectViewModel(s, m, t, tasks, dialogs, dir.resolve("autosave")));
    }

    @Test
    void saveAndReopenKeepsDataAndSettings() throws Exception {
        Stack a = stack();
        a.session().setProject("Tiny store", TestSessions.tinyPanel());
        a.session().horizonProperty().set(21);
        a.session().featureSpecProperty().set(a.session().featureSpecProperty().get().withLags(java.util.List.of(1, 7, 364)));
        a.models().seedProperty().set(7);
        a.models().windowsProperty().set(1);
        Path file = dir.resolve("tiny.salescast");
        boolean[] saved = {false};
        a.project().save(file, () -> saved[0] = true);
        waitFor(() -> saved[0]);
        assertThat(a.session().dirtyProperty().get()).isFalse();
        assertThat(Files.size(file)).isPositive();

        Stack b = stack();
        boolean[] opened = {false};
        b.project().open(file, () -> opened[0] = true);
        waitFor(() -> opened[0]);
        var p1 = a.session().panelProperty().get();
        var p2 = b.session().panelProperty().get();
        assertThat(p2.ids()).isEqualTo(p1.ids());
        assertThat(p2.covariateNames()).isEqualTo(p1.covariateNames());
        assertThat(p2.series().get(5).y()).containsExactly(p1.series().get(5).y());
        assertThat(p2.series().get(5).covariates()[0]).containsExactly(p1.series().get(5).covariates()[0]);
        assertThat(p2.attributes().get(p1.ids().get(3), "category")).isEqualTo(p1.attributes().get(p1.ids().get(3), "category"));
        assertThat(b.session().horizonProperty().get()).isEqualTo(21);
        assertThat(b.session().featureSpecProperty().get().lags()).containsExactly(1, 7, 364);
        assertThat(b.models().seedProperty().get()).isEqualTo(7);
        assertThat(b.models().windowsProperty().get()).isEqualTo(1);
        assertThat(b.session().nameProperty().get()).isEqualTo("tiny");
    }

    @Test
    void autosaveWritesARecoveryCopyOnlyWhenThereAreUnsavedChanges() throws Exception {
        Stack a = stack();
        a.session().setProject("Tiny store", TestSessions.tinyPanel());
        a.project().autosave();
        assertThat(a.project().recoverable()).as("nothing unsaved yet").isNull();
        a.session().horizonProperty().set(14);
        assertThat(a.session().dirtyProperty().get()).isTrue();
        a.project().autosave();
        waitFor(() -> a.project().recoverable() != null);
        Stack b = stack();
        boolean[] done = {false};
        b.project().recover(() -> done[0] = true);
        waitFor(() -> done[0]);
        assertThat(b.session().dirtyProperty().get()).isTrue();
        assertThat(b.session().nameProperty().get()).contains("recovered");
        assertThat(b.session().horizonProperty().get()).isEqualTo(14);
        b.project().clearAutosave();
        assertThat(b.project().recoverable()).isNull();
    }

    @Test
    void damagedFilesAreRefusedWithAReason() throws Exception {
        Stack a = stack();
        Path bad = dir.resolve("bad.salescast");
        Files.writeString(bad, "not a zip");
        a.project().open(bad, () -> { });
        waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).message()).contains("bad.salescast");
        assertThat(a.session().panelProperty().get()).isNull();
    }
}
