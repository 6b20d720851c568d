package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.app.persist.ProjectDocument;
import io.salescast.app.persist.ProjectFiles;
import io.salescast.evaluation.Metric;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.SalesPanel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving and opening projects, autosave and recovery after a crash. A reopened project that had
 * results is trained again from its saved settings and seed, which gives the same numbers.
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

    /** The settings of the open project as a document. */
    public ProjectDocument document() {
        return document(session.nameProperty().get());
    }

    private ProjectDocument document(String name) {
        EngineSettings s = models.settings();
        SessionViewModel.ImportInfo info = session.importProperty().get();
        SalesPanel p = session.panelProperty().get();
        return new ProjectDocument(ProjectDocument.VERSION, name,
                info == null ? "sample" : info.file().toAbsolutePath().toString(), info == null ? null : info.sheet(),
                info == null ? null : info.mapping(), p.frequency().name(), s.horizon(), s.features(),
                s.models().stream().map(ModelSpec::toString).toList(), s.windows(), s.levels(), s.selectBy().name(),
                models.seedProperty().get(), session.resultProperty().get() != null);
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
        ProjectDocument doc = document(file.getFileName().toString().replaceFirst("\\.salescast$", ""));
        SalesPanel panel = session.panelProperty().get();
        tasks.submit("Saving " + file.getFileName(), (p, c) -> {
            ProjectFiles.save(file, doc, panel);
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
            show(loaded, file.getFileName().toString().replaceFirst("\\.salescast$", ""));
            session.projectFileProperty().set(file);
            onDone.run();
            if (loaded.document().trained()) {
                training.start();
            }
        }, e -> dialogs.showError(UserError.from("open the project " + file.getFileName(), e)));
    }

    private void show(ProjectFiles.Loaded loaded, String name) {
        ProjectDocument d = loaded.document();
        session.setProject(d.name() == null || d.name().isBlank() ? name : d.name(), loaded.panel());
        EngineSettings s = new EngineSettings(d.models().stream().map(ModelSpec::parse).toList(), null, d.features(), d.horizon(),
                d.windows(), d.horizon(), d.levels(), d.selectBy() == null ? Metric.WAPE : Metric.parse(d.selectBy()), 0);
        models.apply(s);
        models.seedProperty().set(d.seed());
        if (d.source() != null && !d.source().equals("sample") && d.mapping() != null) {
            session.importProperty().set(new SessionViewModel.ImportInfo(Path.of(d.source()), d.sheet(), d.mapping(), null));
        }
        session.dirtyProperty().set(false);
    }

    /** Writes the recovery copy when there are unsaved changes (called periodically). */
    public void autosave() {
        if (session.panelProperty().get() == null || !session.dirtyProperty().get()) {
            return;
        }
        ProjectDocument doc = document();
        SalesPanel panel = session.panelProperty().get();
        Path target = autosaveDir.resolve(RECOVERY);
        tasks.submit("Autosaving", (p, c) -> {
            ProjectFiles.save(target, doc, panel);
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
            session.nameProperty().set(loaded.document().name() + " (recovered)");
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
