package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.persist.ProjectDocument;
import io.salescast.app.persist.ProjectFiles;
import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.explain.EngineExplainer;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.Method;
import io.salescast.explain.PointExplanation;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.ModelCatalog;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained project is saved with its results and reopens showing them, without training. */
class ReopenResultsTest {

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

    private record Stack(SessionViewModel session, ModelsViewModel models, TrainingViewModel training, ProjectViewModel project) {
    }

    private Stack stack() {
        SessionViewModel s = new SessionViewModel(tasks, dialogs);
        ModelsViewModel m = new ModelsViewModel(s, false, false, "test");
        TrainingViewModel t = new TrainingViewModel(s, m, tasks, dialogs, ModelCatalog::standard);
        return new Stack(s, m, t, new ProjectViewModel(s, m, t, tasks, dialogs, dir.resolve("autosave")));
    }

    /** Saves the trained tiny sample (the shared run, as if this session had trained it). */
    private Path savedTrained(RunResult run) throws Exception {
        Stack a = stack();
        a.session().setProject("Tiny store", TestSessions.tinyPanel());
        TrainingFlowTest.fastSettings(a.session(), a.models());
        a.models().seedProperty().set(run.seed());
        assertThat(a.models().settings()).as("the shared run used these settings").isEqualTo(run.settings());
        a.session().resultProperty().set(run);
        Path file = dir.resolve("tiny.salescast");
        boolean[] saved = {false};
        a.project().save(file, () -> saved[0] = true);
        waitFor(() -> saved[0]);
        return file;
    }

    private Stack open(Path file) throws Exception {
        Stack b = stack();
        boolean[] opened = {false};
        b.project().open(file, () -> opened[0] = true);
        waitFor(() -> opened[0]);
        // Opening ends with the note set, then (when it must retrain) training started, on the worker thread.
        waitFor(() -> b.project().openNoteProperty().get() == null || !b.project().openNoteProperty().get().startsWith("Training again")
                || b.training().taskProperty().get() != null);
        return b;
    }

    private static List<PointExplanation> shap(EngineResult r) {
        return new EngineExplainer(GlobalModelExplainer.defaults(1)).explain(r, "xgboost", 14, ProgressListener.NONE,
                CancellationToken.none()).points();
    }

    @Test
    void reopenedProjectShowsTheSavedResultsWithoutTraining() throws Exception {
        RunResult run = TrainingFlowTest.trainedTiny();
        Path file = savedTrained(run);
        Stack b = open(file);

        assertThat(b.training().runningProperty().get()).as("no training").isFalse();
        assertThat(b.training().taskProperty().get()).isNull();
        assertThat(b.project().openNoteProperty().get()).contains("saved results");
        assertThat(b.session().dirtyProperty().get()).isFalse();
        RunResult back = b.session().resultProperty().get();
        assertThat(back).isNotNull();
        assertThat(back.seed()).isEqualTo(run.seed());
        assertThat(back.settings()).isEqualTo(run.settings());
        assertThat(back.took()).isEqualTo(run.took().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(back.restored()).isTrue();
        assertThat(run.restored()).isFalse();
        EngineResult r0 = run.result();
        EngineResult r1 = back.result();
        assertThat(r1.forecasts().columnNames()).isEqualTo(r0.forecasts().columnNames());
        for (var s : r0.forecasts().series()) {
            var t = r1.forecasts().series(s.id()).orElseThrow();
            assertThat(t.start()).isEqualTo(s.start());
            for (String c : r0.forecasts().columnNames()) {
                assertThat(t.column(c)).as(s.id() + " " + c).containsExactly(s.column(c));
            }
        }
        assertThat(r1.leaderboard().rows()).isEqualTo(r0.leaderboard().rows());
        assertThat(r1.auto()).isEqualTo(r0.auto());
        assertThat(r1.autoReason()).isEqualTo(r0.autoReason());
        assertThat(r1.blends()).isEqualTo(r0.blends());
        assertThat(r1.coverage()).isEqualTo(r0.coverage());
        assertThat(r1.fitted().keySet()).isEqualTo(r0.fitted().keySet());

        // saved again, the reopened project keeps its results
        Path again = dir.resolve("again.salescast");
        boolean[] saved = {false};
        b.project().save(again, () -> saved[0] = true);
        waitFor(() -> saved[0]);
        Stack c = open(again);
        assertThat(c.training().taskProperty().get()).isNull();
        assertThat(c.session().resultProperty().get().result().leaderboard().rows()).isEqualTo(r0.leaderboard().rows());
        assertThat(c.session().resultProperty().get().result().model("xgboost")).isPresent();

        PointExplanation before = shap(r0).get(5);
        PointExplanation after = shap(r1).get(5);
        assertThat(after.method()).isEqualTo(Method.TREE_SHAP);
        assertThat(after).isEqualTo(before);

        // the pages and the report read the restored run as after training
        ResultsViewModel results = new ResultsViewModel(b.session(), Locale.US);
        ExplanationsViewModel ex = new ExplanationsViewModel(b.session(), results, tasks, Locale.US);
        b.session().resultProperty().set(null);
        b.session().resultProperty().set(back);
        waitFor(() -> ex.explanationProperty().get() != null && !ex.importance().isEmpty());
        assertThat(ex.modelProperty().get()).isEqualTo("xgboost");
        assertThat(results.chartProperty().get().series()).isNotEmpty();
        assertThat(results.summaryProperty().get()).contains("(saved results, not trained again)");
        ExportViewModel export = new ExportViewModel(b.session(), ex, tasks, dialogs);
        assertThat(export.reportInput().summary().provenance()).containsEntry("Results",
                "read from the saved project file (not trained again in this session)");
        assertThat(export.reportInput().explanations().global()).isNotEmpty();
        assertThat(export.reportInput().summary().provenance()).containsKey("Results");
        var reportBefore = io.salescast.report.ReportInputs.of("t", run.panel(), run.settings(), run.result(), null, null,
                java.util.Map.of());
        var reportAfter = export.reportInput();
        assertThat(reportAfter.trainingCurves()).isEqualTo(reportBefore.trainingCurves());
        assertThat(reportAfter.backtest()).usingRecursiveComparison().isEqualTo(reportBefore.backtest());
        assertThat(reportAfter.forecast()).usingRecursiveComparison().isEqualTo(reportBefore.forecast());
        Path csv = dir.resolve("forecasts.csv");
        boolean[] done = {false};
        export.exportCsv(csv, f -> done[0] = true);
        waitFor(() -> done[0]);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void changedDataOrDamagedResultsTrainAgainAndSayWhy() throws Exception {
        Path file = savedTrained(TrainingFlowTest.trainedTiny());
        Path changed = dir.resolve("changed.salescast");
        rewrite(file, changed, (name, bytes) -> {
            if (!name.equals("data.csv")) {
                return bytes;
            }
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            String[] f = lines[1].split(",", -1);
            f[2] = "12345";
            lines[1] = String.join(",", f);
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        });
        Stack b = open(changed);
        assertThat(b.project().openNoteProperty().get()).startsWith("Training again").contains("changed");
        assertThat(b.training().taskProperty().get()).as("training started").isNotNull();
        b.training().taskProperty().get().cancel();

        Path damaged = dir.resolve("damaged.salescast");
        rewrite(file, damaged, (name, bytes) -> name.equals("results/forecasts.csv") ? "not,a,forecast\n".getBytes() : bytes);
        Stack c = open(damaged);
        assertThat(c.project().openNoteProperty().get()).startsWith("Training again").contains("forecast");
        assertThat(c.training().taskProperty().get()).isNotNull();
        c.training().taskProperty().get().cancel();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theRecoveryCopyKeepsTheResultsOfTheLastTraining() throws Exception {
        RunResult run = TrainingFlowTest.trainedTiny();
        Stack a = stack();
        a.session().setProject("Tiny store", TestSessions.tinyPanel());
        TrainingFlowTest.fastSettings(a.session(), a.models());
        a.models().seedProperty().set(run.seed());
        a.session().resultProperty().set(run);
        a.session().dirtyProperty().set(true);
        a.project().autosave();
        waitFor(() -> a.project().recoverable() != null && tasks.active().isEmpty());

        Stack b = stack();
        boolean[] recovered = {false};
        b.project().recover(() -> recovered[0] = true);
        waitFor(() -> recovered[0]);
        RunResult back = b.session().resultProperty().get();
        assertThat(back).as("results recovered").isNotNull();
        assertThat(back.restored()).isTrue();
        assertThat(back.result().leaderboard().rows()).isEqualTo(run.result().leaderboard().rows());
        assertThat(b.session().dirtyProperty().get()).as("still unsaved").isTrue();
        assertThat(b.training().taskProperty().get()).as("nothing trained").isNull();
        assertThat(b.project().openNoteProperty().get()).contains("results of its last training");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anOldBundleWithoutResultsStillOpensAndTrains() throws Exception {
        Path file = dir.resolve("old.salescast");
        Stack a = stack();
        a.session().setProject("Tiny store", TestSessions.tinyPanel());
        TrainingFlowTest.fastSettings(a.session(), a.models());
        ProjectFiles.save(file, a.project().project("old"), ProjectDocument.of("sample", null, true), TestSessions.tinyPanel());
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
                    .as("a saved project can be shared like other documents").isEqualTo("rw-r--r--");
        }
        Stack b = open(file);
        assertThat(b.session().panelProperty().get().ids()).isEqualTo(TestSessions.tinyPanel().ids());
        assertThat(b.project().openNoteProperty().get()).isEqualTo("Training again: the project was saved without its results.");
        assertThat(b.training().taskProperty().get()).as("training started").isNotNull();
        b.training().taskProperty().get().cancel();
        assertThat(dialogs.errors).isEmpty();
    }

    private static void rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> change) throws Exception {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null;) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                zin.transferTo(b);
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(change.apply(e.getName(), b.toByteArray()));
                zout.closeEntry();
            }
        }
    }
}
