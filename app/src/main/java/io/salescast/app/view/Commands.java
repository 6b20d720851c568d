package io.salescast.app.view;

import io.salescast.app.infra.AppPaths;
import io.salescast.app.infra.DialogService;
import io.salescast.app.chart.TimeChart;
import io.salescast.app.viewmodel.ModelsViewModel;
import io.salescast.app.viewmodel.Page;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.FileChooser;
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
    private TimeChart chart;

    /** Commands over the given view models. */
    public Commands(WorkbenchViewModel shell, SessionViewModel session, DialogService dialogs, AppPaths paths, Supplier<Window> window,
                    ModelsViewModel models, TrainingViewModel training) {
        this.shell = shell;
        this.session = session;
        this.dialogs = dialogs;
        this.paths = paths;
        this.window = window;
        this.models = models;
        this.training = training;
        this.canTrain = session.hasData().and(training.runningProperty().not());
    }

    /** The results chart, for PNG export. */
    public void setChart(TimeChart c) {
        chart = c;
    }

    /** File &gt; New project from spreadsheet. */
    public void newProject() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose a spreadsheet with sales data");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Spreadsheets (*.csv, *.xlsx, *.xls)", "*.csv", "*.xlsx", "*.xls", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        var f = fc.showOpenDialog(window.get());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** File &gt; Open project. */
    public void openProject() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a Salescast project");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Salescast projects (*.salescast)", "*.salescast"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        var f = fc.showOpenDialog(window.get());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens the bundled sample store. */
    public void openSample() {
        session.openSample(SampleOptions.sample(), () -> {
            models.apply(TrainingPlan.quickStart(session.panelProperty().get().frequency()));
            session.dirtyProperty().set(false);
            train();
        });
    }

    /** Opens a project or spreadsheet (menus, recent list, drag and drop, command line). */
    public void openFile(Path file) {
    }

    /** File &gt; Save. */
    public void save() {
    }

    /** File &gt; Save as. */
    public void saveAs() {
    }

    /** Whether there is something to save. */
    public BooleanExpression canSave() {
        return session.hasData();
    }

    /** File &gt; Export Excel report. */
    public void exportReport() {
    }

    /** File &gt; Export CSV. */
    public void exportCsv() {
    }

    /** File &gt; Export chart as PNG. */
    public void exportChart() {
    }

    /** Whether there are results to export. */
    public BooleanExpression canExport() {
        return new SimpleBooleanProperty(false);
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
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\nData folder: " + paths.dataDir());
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
