package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.app.persist.ProjectDocument;
import io.salescast.app.persist.ProjectFiles;
import io.salescast.project.Project;
import io.salescast.project.ProjectStore;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.SalesPanel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving and opening projects, autosave and recovery after a crash. A trained project is saved
 * with its results, and reopening it shows them without training; when they are missing,
 * unreadable or were computed from other settings or data, it is trained again from its saved
 * settings and seed (same numbers) and the status line says why. The recovery copy holds no
 * results (a recovered project is not trained).
 */
public final class ProjectViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectViewModel.class);
    private static final String RECOVERY = "recovery.salescast";

    private final SessionViewModel session;
    private final ModelsViewModel models;
    private final TrainingViewModel training;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Path autosaveDir;
    private final ReadOnlyStringWrapper openNote = new ReadOnlyStringWrapper("");

    /**
     * @param autosaveDir folder of the recovery copy
     */
    public ProjectViewModel(SessionViewModel session, ModelsViewModel models, TrainingViewModel training, BackgroundTasks tasks,
                            DialogService dialogs, Path autosaveDir) {
        this.session = session;
        this.models = models;
        this.training = training;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.autosaveDir = autosaveDir;
    }

    /** The open project as core's {@link Project} (what the command line runs). */
    public Project project(String name) {
        EngineSettings s = models.settings();
        SalesPanel p = session.panelProperty().get();
        return new Project(ProjectStore.FORMAT_VERSION, name, ProjectFiles.embeddedSource(p), p.frequency(), s.features(),
                s.models(), null, s.horizon(), s.levels(), s.windows(), 0, s.selectBy(), models.seedProperty().get(), 0);
    }

    private ProjectDocument extras() {
        SessionViewModel.ImportInfo info = session.importProperty().get();
        return ProjectDocument.of(info == null ? "sample" : info.file().toAbsolutePath().toString(), info == null ? null : info.sheet(),
                session.resultProperty().get() != null, info == null ? null : info.attributes());
    }

    /**
     * The session's results to save with the project: only when they were computed from the data
     * and settings being saved (a run followed by changes on the Models page is not saved, and the
     * reopened project trains again).
     */
    private ProjectFiles.Results results() {
        RunResult r = session.resultProperty().get();
        if (r == null || r.panel() != session.panelProperty().get() || r.seed() != models.seedProperty().get()
                || !r.settings().equals(models.settings())) {
            return null;
        }
        return new ProjectFiles.Results(r.result(), r.finished(), r.took());
    }

    /**
     * What the last {@link #open} did with the project's results, in one line for the status bar:
     * shown from the file, or why it trains again; empty when the project had none.
     */
    public ReadOnlyStringProperty openNoteProperty() {
        return openNote.getReadOnlyProperty();
    }

    /**
     * Saves the project to {@code file} in the background.
     *
     * @param onDone called on the UI thread after saving
     */
    public void save(Path file, Runnable onDone) {
        if (session.panelProperty().get() == null) {
            return;
        }
        Project project = project(file.getFileName().toString().replaceFirst("\\.salescast$", ""));
        ProjectDocument extras = extras();
        SalesPanel panel = session.panelProperty().get();
        ProjectFiles.Results results = results();
        tasks.submit("Saving " + file.getFileName(), (p, c) -> {
            ProjectFiles.save(file, project, extras, panel, results);
            return file;
        }, f -> {
            session.projectFileProperty().set(f);
            session.nameProperty().set(f.getFileName().toString().replaceFirst("\\.salescast$", ""));
            session.dirtyProperty().set(false);
            clearAutosave();
            onDone.run();
        }, e -> dialogs.showError(UserError.from("save the project", e)));
    }

    /**
     * Opens a project in the background.
     *
     * @param onDone called on the UI thread when it is shown
     */
    public void open(Path file, Runnable onDone) {
        tasks.submit("Opening " + file.getFileName(), (p, c) -> ProjectFiles.load(file, p, c), loaded -> {
            show(loaded, file.getFileName().toString().replaceFirst("\\.(salescast|json)$", ""));
            session.projectFileProperty().set(file.toString().endsWith(".json") ? null : file);
            boolean restored = restore(loaded);
            String note = restored ? "Showing the saved results; nothing was trained again."
                    : loaded.extras().trained() ? "Training again: " + (loaded.note() == null ? "the saved results cannot be used"
                    : loaded.note()) + "." : "";
            openNote.set(note);
            if (!note.isEmpty()) {
                LOG.info("{}: {}", file.getFileName(), note);
            }
            onDone.run();
            if (!restored && loaded.extras().trained()) {
                training.start();
            }
        }, e -> dialogs.showError(UserError.from("open the project " + file.getFileName(), e)));
    }

    /** Puts the saved results of a project in the session; false when it has none to show. */
    private boolean restore(ProjectFiles.Loaded loaded) {
        if (loaded.results() == null) {
            return false;
        }
        ProjectFiles.SavedRun run = loaded.run();
        Instant finished = run == null || run.finishedAt() == null ? Instant.now() : run.finishedAt();
        Duration took = Duration.ofMillis(run == null ? 0 : run.tookMillis());
        session.resultProperty().set(new RunResult(models.settings(), models.seedProperty().get(), loaded.panel(), loaded.results(),
                finished, took, true));
        session.dirtyProperty().set(false);
        return true;
    }

    private void show(ProjectFiles.Loaded loaded, String name) {
        Project p = loaded.project();
        session.setProject(p.name() == null || p.name().isBlank() || p.name().equals("Untitled") ? name : p.name(), loaded.panel());
        models.apply(p.engineSettings(loaded.panel().frequency()));
        models.seedProperty().set(p.seed());
        ProjectDocument d = loaded.extras();
        if (d.origin() != null && !d.origin().equals("sample")) {
            session.importProperty().set(new SessionViewModel.ImportInfo(Path.of(d.origin()), d.sheet(), null, null,
                    d.attributes()));
        }
        session.dirtyProperty().set(false);
    }

    /** Writes the recovery copy when there are unsaved changes (called periodically). */
    public void autosave() {
        if (session.panelProperty().get() == null || !session.dirtyProperty().get()) {
            return;
        }
        Project project = project(session.nameProperty().get());
        ProjectDocument extras = extras();
        SalesPanel panel = session.panelProperty().get();
        Path target = autosaveDir.resolve(RECOVERY);
        ProjectFiles.Results results = results();
        tasks.submit("Autosaving", (p, c) -> {
            ProjectFiles.save(target, project, extras, panel, results);
            return target;
        }, f -> LOG.info("Autosaved to {}", f), e -> LOG.warn("Autosave failed", e));
    }

    /** The recovery copy left by a session that did not end normally, or null. */
    public Path recoverable() {
        Path p = autosaveDir.resolve(RECOVERY);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Opens the recovery copy as an unsaved project. */
    public void recover(Runnable onDone) {
        Path p = recoverable();
        if (p == null) {
            return;
        }
        tasks.submit("Recovering the unsaved project", (pr, c) -> ProjectFiles.load(p, pr, c), loaded -> {
            show(loaded, "Recovered project");
            session.nameProperty().set(loaded.project().name() + " (recovered)");
            boolean restored = restore(loaded);
            openNote.set(restored ? "Recovered with the results of its last training." : "");
            session.dirtyProperty().set(true);
            onDone.run();
        }, e -> {
            dialogs.showError(UserError.from("recover the unsaved project", e));
            clearAutosave();
        });
    }

    /** Deletes the recovery copy (after saving, or at a normal exit). */
    public void clearAutosave() {
        try {
            Files.deleteIfExists(autosaveDir.resolve(RECOVERY));
        } catch (IOException e) {
            LOG.warn("Could not delete the recovery copy", e);
        }
    }
}
