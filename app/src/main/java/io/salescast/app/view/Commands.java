package io.salescast.app.view;

import io.salescast.app.infra.AppPaths;
import io.salescast.app.infra.DialogService;
import io.salescast.app.chart.TimeChart;
import io.salescast.app.viewmodel.ExportViewModel;
import io.salescast.app.viewmodel.ImportViewModel;
import java.util.List;
import io.salescast.app.viewmodel.ModelsViewModel;
import io.salescast.app.viewmodel.Page;
import io.salescast.app.viewmodel.ProjectViewModel;
import io.salescast.app.viewmodel.TrainingPlan;
import io.salescast.app.viewmodel.TrainingViewModel;
import javafx.beans.binding.BooleanBinding;
import io.salescast.app.viewmodel.SessionViewModel;
import io.salescast.sample.SampleOptions;
import io.salescast.app.viewmodel.WorkbenchViewModel;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.stage.Window;

/**
 * What menus, buttons and shortcuts do: file choosers here, the work in the view models.
 */
public final class Commands {

    private final WorkbenchViewModel shell;
    private final SessionViewModel session;
    private final DialogService dialogs;
    private final AppPaths paths;
    private final Supplier<Window> window;
    private final ModelsViewModel models;
    private final TrainingViewModel training;
    private final BooleanBinding canTrain;
    private final ImportViewModel importer;
    private ProjectViewModel project;
    private final FilePrompts files;
    private final ExportViewModel export;
    private final BooleanBinding canExport;
    private TimeChart chart;

    /** Commands over the given view models. */
    public Commands(WorkbenchViewModel shell, SessionViewModel session, DialogService dialogs, AppPaths paths, Supplier<Window> window,
                    ModelsViewModel models, TrainingViewModel training, ImportViewModel importer, ExportViewModel export,
                    FilePrompts files) {
        this.importer = importer;
        this.export = export;
        this.files = files;
        this.canExport = session.resultProperty().isNotNull();
        this.shell = shell;
        this.session = session;
        this.dialogs = dialogs;
        this.paths = paths;
        this.window = window;
        this.models = models;
        this.training = training;
        this.canTrain = session.hasData().and(training.runningProperty().not());
    }

    private SampleOptions sampleOptions = SampleOptions.sample();

    /** Which sample "Open sample store" generates (UI tests use a tiny one). */
    public void setSampleOptions(SampleOptions options) {
        sampleOptions = options;
    }

    /** The project persistence (set by the composition root). */
    public void setProject(ProjectViewModel p) {
        project = p;
    }

    /** The results chart, for PNG export. */
    public void setChart(TimeChart c) {
        chart = c;
    }

    /** File &gt; New project from spreadsheet. */
    public void newProject() {
        Path f = files.open("Choose a spreadsheet with sales data", List.of(
                new FilePrompts.Filter("Spreadsheets (*.csv, *.xlsx, *.xls)", List.of("*.csv", "*.xlsx", "*.xls", "*.tsv", "*.txt", "*.gz")),
                new FilePrompts.Filter("All files", List.of("*.*"))));
        if (f != null) {
            openFile(f);
        }
    }

    /** Asks for a file with product attributes (Import page), or returns null. */
    public Path chooseAttributesFile() {
        return files.open("Choose a sheet or file with product attributes", List.of(
                new FilePrompts.Filter("Spreadsheets (*.csv, *.xlsx, *.xls)", List.of("*.csv", "*.xlsx", "*.xls", "*.tsv", "*.txt", "*.gz")),
                new FilePrompts.Filter("All files", List.of("*.*"))));
    }

    /** File &gt; Open project. */
    public void openProject() {
        Path f = files.open("Open a Salescast project", List.of(PROJECT_FILTER, new FilePrompts.Filter("All files", List.of("*.*"))));
        if (f != null) {
            openFile(f);
        }
    }

    /** Opens the bundled sample store. */
    public void openSample() {
        if (!confirmDiscard()) {
            return;
        }
        session.openSample(sampleOptions, () -> {
            models.apply(TrainingPlan.quickStart(session.panelProperty().get().frequency()));
            session.dirtyProperty().set(false);
            train();
        });
    }

    /** Opens a project or spreadsheet (menus, recent list, drag and drop, command line). */
    public void openFile(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            dialogs.showError(new io.salescast.app.infra.UserError("Could not open " + file.getFileName(),
                    "The file " + file + " does not exist (any more).",
                    "It was removed from the recent list. Check whether it was moved or renamed.", null));
            shell.removeRecent(file);
            return;
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(PROJECT_EXTENSION) || name.endsWith(".json")) {
            openProjectFile(file);
            return;
        }
        if (!confirmDiscard()) {
            return;
        }
        shell.setAvailable(Page.IMPORT, true);
        shell.show(Page.IMPORT);
        importer.open(file);
    }

    /** Extension of project files. */
    public static final String PROJECT_EXTENSION = ".salescast";
    private static final FilePrompts.Filter PROJECT_FILTER = new FilePrompts.Filter("Salescast projects (*.salescast, *.json)",
            List.of("*" + PROJECT_EXTENSION, "*.json"));

    private void openProjectFile(Path file) {
        if (confirmDiscard()) {
            project.open(file, () -> {
                shell.addRecent(file);
                shell.show(session.resultProperty().get() != null ? Page.RESULTS : Page.DATA);
                if (!project.openNoteProperty().get().isEmpty()) {
                    shell.statusTextProperty().set(project.openNoteProperty().get());
                }
            });
        }
    }

    /** Asks before unsaved changes are lost; true to go on. */
    public boolean confirmDiscard() {
        return !session.dirtyProperty().get() || dialogs.confirm("Discard unsaved changes?",
                "The project \"" + session.nameProperty().get() + "\" has unsaved changes. Discard them?", "Discard");
    }

    /** File &gt; Save. */
    public void save() {
        Path f = session.projectFileProperty().get();
        if (f == null) {
            saveAs();
        } else {
            project.save(f, () -> shell.statusTextProperty().set("Saved " + f));
        }
    }

    /** File &gt; Save as. */
    public void saveAs() {
        if (session.panelProperty().get() == null) {
            return;
        }
        Path p = files.save("Save the project", baseName() + PROJECT_EXTENSION,
                List.of(PROJECT_FILTER));
        if (p != null) {
            project.save(p, () -> {
                shell.addRecent(p);
                shell.statusTextProperty().set("Saved " + p);
            });
        }
    }

    /** Whether there is something to save. */
    public BooleanExpression canSave() {
        return session.hasData();
    }

    /** File &gt; Export Excel report. */
    public void exportReport() {
        Path p = files.save("Export the Excel report", baseName() + " report.xlsx",
                List.of(new FilePrompts.Filter("Excel workbooks (*.xlsx)", List.of("*.xlsx"))));
        if (p != null) {
            export.exportReport(p, f -> shell.statusTextProperty().set("Report saved: " + f));
        }
    }

    /** File &gt; Export CSV. */
    public void exportCsv() {
        Path p = files.save("Export the forecasts as CSV", baseName() + " forecasts.csv",
                List.of(new FilePrompts.Filter("CSV files (*.csv)", List.of("*.csv"))));
        if (p != null) {
            export.exportCsv(p, f -> shell.statusTextProperty().set("Forecasts saved: " + f));
        }
    }

    /** File &gt; Export chart as PNG. */
    public void exportChart() {
        if (chart == null) {
            return;
        }
        Path p = files.save("Save the chart as an image", baseName() + " chart.png",
                List.of(new FilePrompts.Filter("PNG images (*.png)", List.of("*.png"))));
        if (p == null) {
            return;
        }
        try {
            ChartImage.writePng(chart, p);
            shell.statusTextProperty().set("Chart saved: " + p);
        } catch (java.io.IOException e) {
            dialogs.showError(io.salescast.app.infra.UserError.from("save the chart image", e));
        }
    }

    private String baseName() {
        return session.nameProperty().get().replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** Whether there are results to export. */
    public BooleanExpression canExport() {
        return canExport;
    }

    /** Run &gt; Train. */
    public void train() {
        if (training.start()) {
            shell.show(Page.TRAINING);
        }
    }

    /** Run &gt; Cancel. */
    public void cancel() {
        training.cancel();
    }

    /** Whether training can start. */
    public BooleanExpression canTrain() {
        return canTrain;
    }

    /** Whether training runs. */
    public BooleanExpression isTraining() {
        return training.runningProperty();
    }

    /** Help &gt; Show log file. */
    public void showLog() {
        LogViewer.show(window.get(), paths.logFile());
    }

    /** Help &gt; Open data folder. */
    public void openDataFolder() {
        dialogs.showInfo("Data folder", "Settings, logs and autosaved projects are kept in:\n" + paths.dataDir());
    }

    /** Help &gt; About. */
    public void about() {
        String v = Commands.class.getPackage().getImplementationVersion();
        dialogs.showInfo("About Salescast", "Salescast " + (v == null ? "(development build)" : v)
                + "\nDesktop workbench for e-commerce sales forecasting.\n\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\n" + io.salescast.app.DeviceInfo.describe()
                + "\nData folder: " + paths.dataDir());
    }

    /** File &gt; Exit. */
    public void exit() {
        Window w = window.get();
        if (w != null) {
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        } else {
            Platform.exit();
        }
    }
}
