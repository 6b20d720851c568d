package io.salescast.app;

import io.salescast.app.infra.AppPaths;
import io.salescast.app.infra.AppSettings;
import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.FxDialogService;
import io.salescast.app.infra.SettingsStore;
import io.salescast.app.infra.ThemeManager;
import io.salescast.app.view.Commands;
import io.salescast.app.view.DataView;
import io.salescast.app.view.ExplanationsView;
import io.salescast.app.view.FeaturesView;
import io.salescast.app.view.FilePrompts;
import io.salescast.app.viewmodel.ExportViewModel;
import io.salescast.app.viewmodel.ExplanationsViewModel;
import io.salescast.app.view.ImportView;
import io.salescast.app.viewmodel.ImportViewModel;
import io.salescast.app.viewmodel.ProjectViewModel;
import io.salescast.app.view.ModelsView;
import io.salescast.app.view.ResultsView;
import io.salescast.app.view.TrainingView;
import io.salescast.app.viewmodel.ModelsViewModel;
import io.salescast.app.viewmodel.ResultsViewModel;
import io.salescast.app.viewmodel.TrainingViewModel;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.neural.NeuralModels;
import io.salescast.neural.TrainingListener;
import io.salescast.app.viewmodel.DataViewModel;
import io.salescast.app.viewmodel.FeaturesViewModel;
import java.util.Locale;
import io.salescast.app.view.MainWindow;
import io.salescast.app.view.MenuFactory;
import io.salescast.app.view.StartView;
import io.salescast.app.view.StatusBar;
import io.salescast.app.viewmodel.Page;
import io.salescast.app.viewmodel.SessionViewModel;
import io.salescast.app.viewmodel.WorkbenchViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.StringExpression;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Composition root of the desktop app: creates the services and view models once and wires them
 * by constructor. Nothing else creates services.
 */
public final class Workbench {

    private final AppPaths paths;
    private final Stage stage;
    private final WorkbenchViewModel shell;
    private final ThemeManager theme;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final SessionViewModel session;
    private final Commands commands;
    private final DataViewModel data;
    private final FeaturesViewModel features;
    private final ModelsViewModel models;
    private final ImportViewModel importer;
    private final ProjectViewModel project;
    private final ExportViewModel export;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private final ExplanationsViewModel explanations;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private MainWindow window;
    private final Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(60), e -> autosaveNow()));

    /**
     * @param paths per-user folders
     * @param stage the main window
     * @param ui    the FX thread executor
     */
    public Workbench(AppPaths paths, Stage stage, Executor ui) {
        this(paths, stage, ui, null, null);
    }

    /**
     * @param paths per-user folders
     * @param stage the main window
     * @param ui    the FX thread executor
     * @param files   file prompts, or null for the system dialogs (UI tests pass fixed answers)
     * @param dialogs message dialogs, or null for JavaFX alerts (UI tests record them)
     */
    public Workbench(AppPaths paths, Stage stage, Executor ui, FilePrompts files, DialogService dialogs) {
        this.paths = paths;
        this.stage = stage;
        this.shell = new WorkbenchViewModel(new SettingsStore(paths.settingsFile()));
        this.theme = new ThemeManager(shell.themeProperty().get());
        theme.themeProperty().bind(shell.themeProperty());
        this.tasks = new BackgroundTasks(ui, 2);
        this.dialogs = dialogs == null ? new FxDialogService(() -> stage) : dialogs;
        this.session = new SessionViewModel(tasks, dialogs);
        this.data = new DataViewModel(session, locale);
        this.features = new FeaturesViewModel(session);
        this.models = new ModelsViewModel(session, true, false, DeviceInfo.describe());
        this.training = new TrainingViewModel(session, models, tasks, dialogs,
                () -> catalog((alias, epoch, curve) -> epochFinished(alias, curve)));
        this.results = new ResultsViewModel(session, locale);
        this.explanations = new ExplanationsViewModel(session, results, tasks, locale);
        training.setOnFinished(() -> shell.show(Page.RESULTS));
        this.importer = new ImportViewModel(session, tasks, dialogs);
        importer.setOnImported(() -> {
            shell.addRecent(importer.fileProperty().get());
            shell.show(Page.DATA);
        });
        this.export = new ExportViewModel(session, explanations, tasks, dialogs);
        this.commands = new Commands(shell, session, dialogs, paths, () -> stage, models, training, importer, export,
                files == null ? FilePrompts.system(() -> stage) : files);
        this.project = new ProjectViewModel(session, models, training, tasks, dialogs, paths.autosaveDir());
        commands.setProject(project);
        shell.titleProperty().bind(session.title());
        session.hasData().addListener((o, a, b) -> {
            shell.setAvailable(Page.DATA, b);
            shell.setAvailable(Page.FEATURES, b);
            shell.setAvailable(Page.MODELS, b);
        });
        training.taskProperty().addListener((o, a, b) -> shell.setAvailable(Page.TRAINING, b != null));
        session.resultProperty().addListener((o, a, b) -> shell.setAvailable(Page.RESULTS, b != null));
    }

    /** Builds the scene with the main window. */
    public Scene createScene() {
        theme.apply();
        Map<Page, Supplier<Node>> pages = new EnumMap<>(Page.class);
        pages.put(Page.START, () -> new StartView(shell, commands::openSample, commands::newProject, commands::openProject,
                commands::openFile));
        pages.put(Page.IMPORT, () -> new ImportView(importer, locale, commands::newProject, commands::chooseAttributesFile));
        pages.put(Page.DATA, () -> new DataView(data, locale));
        pages.put(Page.FEATURES, () -> new FeaturesView(features, locale));
        pages.put(Page.MODELS, () -> new ModelsView(models, session, commands::train));
        pages.put(Page.TRAINING, () -> new TrainingView(training, () -> shell.show(Page.RESULTS)));
        pages.put(Page.RESULTS, () -> {
            ResultsView v = new ResultsView(results, locale, new ExplanationsView(explanations), explanations::pick, commands);
            commands.setChart(v.chart());
            return v;
        });
        window = new MainWindow(shell, MenuFactory.build(shell, commands), new StatusBar(shell.statusTextProperty(), tasks), pages,
                commands::openFile);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(ThemeManager.appStylesheet());
        return scene;
    }

    /** Forwards a network's epoch to the Training page's live loss chart. */
    private void epochFinished(String alias, io.salescast.forecast.TrainingCurve curve) {
        training.epochFinished(alias, curve);
    }

    /**
     * Core's models plus the networks of module neural, made as the command line makes them
     * (window by frequency, parameters checked; native libraries load only when one trains), whose
     * networks report each epoch's losses to {@code epochs} (the live loss chart).
     */
    static ModelCatalog catalog(TrainingListener epochs) {
        return NeuralModels.register(ModelCatalog.standard(), epochs);
    }

    private void autosaveNow() {
        project.autosave();
    }

    /** The window title. */
    public StringExpression title() {
        return shell.titleProperty();
    }

    /** Opens what the command line asked for, after offering to recover an unsaved project. */
    public void open(LaunchOptions options) {
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        if (project.recoverable() != null) {
            if (dialogs.confirm("Recover unsaved work?", "Salescast did not close normally last time. A copy of the unsaved "
                    + "project was kept. Recover it?", "Recover")) {
                project.recover(() -> shell.show(Page.DATA));
                return;
            }
            project.clearAutosave();
        }
        if (options.file() != null) {
            commands.openFile(options.file());
        } else if (options.openSample()) {
            commands.openSample();
        }
    }

    /** The remembered window placement, or null. */
    public AppSettings.WindowBounds savedBounds() {
        return shell.windowBounds();
    }

    /** Remembers the window placement. */
    public void saveBounds(AppSettings.WindowBounds b) {
        shell.saveWindowBounds(b);
    }

    /** Asks about unsaved changes before closing; true to close. */
    public boolean confirmClose() {
        return commands.confirmDiscard();
    }

    /** Stops background work at exit. */
    public void shutdown() {
        autosave.stop();
        training.cancel();
        tasks.close();
        project.clearAutosave();
    }

    /** The explanations (tests and the screenshot tour). */
    public ExplanationsViewModel explanations() {
        return explanations;
    }

    /** The models page's view model (tests and the screenshot tour). */
    public ModelsViewModel models() {
        return models;
    }

    /** The training page's view model (tests and the screenshot tour). */
    public TrainingViewModel training() {
        return training;
    }

    /** The results page's view model (tests and the screenshot tour). */
    public ResultsViewModel results() {
        return results;
    }

    /** The shell (tests and the screenshot tour). */
    public WorkbenchViewModel shell() {
        return shell;
    }

    /** The exports (tests and the screenshot tour). */
    public ExportViewModel export() {
        return export;
    }

    /** The open project (tests). */
    public SessionViewModel session() {
        return session;
    }

    /** The commands behind menus and buttons (tests). */
    public Commands commands() {
        return commands;
    }

    /** The main window (tests). */
    public MainWindow window() {
        return window;
    }

    /** Data folder (tests). */
    public AppPaths paths() {
        return paths;
    }
}
