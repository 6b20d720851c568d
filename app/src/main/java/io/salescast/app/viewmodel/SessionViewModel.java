package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.features.FeatureSpec;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open project as the workbench sees it: its data, its file, whether it has unsaved changes.
 * The other view models read and change it; the shell derives the title and the available pages
 * from it.
 */
public final class SessionViewModel {

    private final ObjectProperty<SalesPanel> panel = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding hasData = panel.isNotNull();
    private final ObjectProperty<FeatureSpec> featureSpec = new SimpleObjectProperty<>(FeatureSpec.none());
    private final ObjectProperty<RunResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportInfo> importInfo = new SimpleObjectProperty<>();

    /**
     * Where the data came from.
     *
     * @param file    the spreadsheet
     * @param sheet   the sheet, or null
     * @param mapping the column mapping used
     * @param report  the import report (for the Data quality sheet)
     * @param attributes where product attributes were joined from (another sheet or file), or null
     */
    public record ImportInfo(Path file, String sheet, io.salescast.series.ColumnMapping mapping, io.salescast.ingest.ImportReport report,
                             io.salescast.project.AttributeSource attributes) {

        /** Where the data came from, without separate product attributes. */
        public ImportInfo(Path file, String sheet, io.salescast.series.ColumnMapping mapping, io.salescast.ingest.ImportReport report) {
            this(file, sheet, mapping, report, null);
        }
    }
    private final javafx.beans.property.IntegerProperty horizon = new javafx.beans.property.SimpleIntegerProperty(28);
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    /**
     * @param tasks   the background executor
     * @param dialogs where errors are shown
     */
    public SessionViewModel(BackgroundTasks tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        featureSpec.addListener((o, a, b) -> markDirty());
        horizon.addListener((o, a, b) -> markDirty());
    }

    /** The feature settings of the project. */
    public ObjectProperty<FeatureSpec> featureSpecProperty() {
        return featureSpec;
    }

    /** Where the data came from, or null (sample store). */
    public ObjectProperty<ImportInfo> importProperty() {
        return importInfo;
    }

    /** The last training run, or null. */
    public ObjectProperty<RunResult> resultProperty() {
        return result;
    }

    /** Forecast horizon in periods. */
    public javafx.beans.property.IntegerProperty horizonProperty() {
        return horizon;
    }

    /** Records an unsaved change (only while a project is open). */
    public void markDirty() {
        if (panel.get() != null) {
            dirty.set(true);
        }
    }

    /**
     * Opens the sample store (200 products, three years of daily sales with prices, promotions
     * and stock-outs), generated from its fixed seed: the same data as the bundled workbooks.
     *
     * @param options which sample (tests use a tiny one)
     * @param onDone  called on the UI thread when the data is shown
     */
    public void openSample(SampleOptions options, Runnable onDone) {
        tasks.submit("Opening the sample store", (progress, cancel) -> SampleStore.generate(options, progress, cancel),
                data -> {
                    setProject("Sample store", data.panel());
                    onDone.run();
                },
                e -> dialogs.showError(UserError.from("open the sample store", e)));
    }

    /** Shows a new project over {@code data} with default settings. */
    public void setProject(String projectName, SalesPanel data) {
        projectFile.set(null);
        name.set(projectName);
        result.set(null);
        importInfo.set(null);
        panel.set(data);
        featureSpec.set(FeatureSpec.defaults(data.frequency()));
        horizon.set(defaultHorizon(data.frequency()));
        dirty.set(false);
    }

    /** A sensible horizon: four weeks of days, thirteen weeks, or six months. */
    public static int defaultHorizon(io.salescast.series.Frequency f) {
        return switch (f) {
            case DAILY -> 28;
            case WEEKLY -> 13;
            case MONTHLY -> 6;
        };
    }

    /** The sales data of the project, or null before an import. */
    public ObjectProperty<SalesPanel> panelProperty() {
        return panel;
    }

    /** Where the project was last saved, or null. */
    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    /** Display name of the project. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Whether there are unsaved changes. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True while a project with data is open (one binding, held here so listeners on it live on). */
    public BooleanBinding hasData() {
        return hasData;
    }

    /** "name — Salescast", with a dot for unsaved changes. */
    public javafx.beans.binding.StringBinding title() {
        return title;
    }

    private final javafx.beans.binding.StringBinding title = Bindings.createStringBinding(() -> name.get().isEmpty() ? "Salescast"
                : (dirty.get() ? "• " : "") + name.get() + " — Salescast", name, dirty);
}
