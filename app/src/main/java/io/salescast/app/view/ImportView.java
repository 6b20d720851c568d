package io.salescast.app.view;

import io.salescast.app.viewmodel.ColumnRole;
import io.salescast.app.viewmodel.Formats;
import io.salescast.app.viewmodel.ImportColumn;
import io.salescast.app.viewmodel.ImportViewModel;
import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.Severity;
import io.salescast.series.Aggregation;
import io.salescast.series.Frequency;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The import page: preview grid with a role per column, options, and the import report. */
public final class ImportView extends VBox {

    private final ImportViewModel vm;
    private final TableView<Integer> grid = new TableView<>();
    private final Locale locale;

    /**
     * @param vm         the page's view model
     * @param chooseFile asks for another file
     * @param chooseAttributesFile asks for a file with product attributes, or returns null
     */
    public ImportView(ImportViewModel vm, Locale locale, Runnable chooseFile,
                      java.util.function.Supplier<java.nio.file.Path> chooseAttributesFile) {
        super(10);
        this.vm = vm;
        this.locale = locale;
        setId("import-page");
        getStyleClass().add("page");
        Label title = new Label("Import");
        title.getStyleClass().add("page-title");
        Label file = new Label();
        file.getStyleClass().add("text-muted");
        file.textProperty().bind(vm.fileProperty().asString());
        Button choose = new Button("Choose file…", Icons.of(Feather.FOLDER));
        choose.setOnAction(e -> chooseFile.run());
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("import-sheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        sheet.setAccessibleText("Sheet");
        ComboBox<Frequency> freq = new ComboBox<>();
        freq.getItems().add(null);
        freq.getItems().addAll(Frequency.values());
        freq.setConverter(new StringConverter<>() {
            @Override
            public String toString(Frequency f) {
                return f == null ? "Detect" : Formats.frequency(f);
            }

            @Override
            public Frequency fromString(String s) {
                return null;
            }
        });
        freq.valueProperty().bindBidirectional(vm.frequencyProperty());
        freq.setTooltip(new Tooltip("Periods of the series: rows in one period are aggregated (sum of units, mean of prices)."));
        CheckBox wide = new CheckBox("Wide sheet (one column per period)");
        wide.selectedProperty().bindBidirectional(vm.wideProperty());
        wide.setTooltip(new Tooltip("Turn a sheet with one row per product and one column per week or month into long format."));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Button doImport = new Button("Import", Icons.of(Feather.CHECK));
        doImport.setId("import-confirm");
        doImport.getStyleClass().add("accent");
        doImport.disableProperty().bind(vm.readyProperty().not());
        doImport.setOnAction(e -> vm.importData());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, title, file), grow, busy, choose, doImport);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(10, new Label("Sheet"), sheet, new Label("Frequency"), freq, wide);
        options.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label("Choose a role for each column in its header. Cells with problems are highlighted.");
        hint.getStyleClass().add("text-muted");
        grid.setId("import-preview");
        grid.setPlaceholder(new Label("Choose a CSV, XLSX or XLS file, or drop one on the window."));
        VBox left = new VBox(6, hint, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, reportPanel());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(head, options, new ProductAttributesPane(vm.attributes(), chooseAttributesFile), split);
        vm.columns().addListener((ListChangeListener<ImportColumn>) c -> rebuildGrid());
        vm.previewRows().addListener((ListChangeListener<List<String>>) c -> rebuildGrid());
        vm.reportProperty().addListener((o, a, b) -> grid.refresh());
        rebuildGrid();
    }

    private VBox reportPanel() {
        Label title = new Label("Import report");
        title.getStyleClass().add("section-title");
        FlowPane counts = new FlowPane(16, 10);
        counts.setId("import-counts");
        Label outcome = new Label();
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(vm.outcomeProperty());
        VBox messages = new VBox(6);
        Runnable fillMessages = () -> messages.getChildren().setAll(vm.mappingErrorProperty().get().isEmpty() ? List.of()
                : List.of(Cards.message(vm.mappingErrorProperty().get(), "danger")));
        vm.mappingErrorProperty().addListener((o, a, b) -> fillMessages.run());
        VBox problemBox = new VBox(6);
        problemBox.setId("import-problems");
        problemBox.setAccessibleText("Import problems");
        javafx.scene.control.ScrollPane problems = new javafx.scene.control.ScrollPane(problemBox);
        problems.setFitToWidth(true);
        Runnable fillProblems = () -> {
            problemBox.getChildren().clear();
            for (ImportProblem p : vm.problems()) {
                String where = p.location() == null ? "" : p.location().describe();
                Label text = new Label((where.isEmpty() ? "" : where + ": ") + p.message() + (p.count() > 1 ? " (" + p.count() + "×)" : "")
                        + (p.rows().isEmpty() ? "" : (p.message().endsWith(".") ? " Rows: " : ". Rows: ") + rows(p.rows()) + "."));
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                var icon = Icons.of(p.severity() == Severity.ERROR ? Feather.X_OCTAGON
                        : p.severity() == Severity.WARNING ? Feather.ALERT_TRIANGLE : Feather.INFO, 14);
                icon.getStyleClass().add(p.severity() == Severity.ERROR ? "icon-danger"
                        : p.severity() == Severity.WARNING ? "icon-warning" : "icon");
                text.setGraphic(icon);
                text.getStyleClass().add("problem-line");
                problemBox.getChildren().add(text);
            }
            if (vm.problems().isEmpty()) {
                Label none = new Label(vm.reportProperty().get() == null ? "" : "No problems found.");
                none.getStyleClass().add("text-muted");
                problemBox.getChildren().add(none);
            }
        };
        vm.problems().addListener((ListChangeListener<ImportProblem>) c -> fillProblems.run());
        vm.reportProperty().addListener((o, a, b) -> fillCounts(counts, b));
        VBox box = new VBox(10, title, counts, outcome, messages, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        box.getStyleClass().add("card");
        return box;
    }

    private static String rows(List<Long> rows) {
        String s = rows.stream().limit(8).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return rows.size() > 8 ? s + " …" : s;
    }

    private void fillCounts(FlowPane pane, ImportReport r) {
        pane.getChildren().clear();
        if (r == null) {
            return;
        }
        pane.getChildren().addAll(metric("rows read", r.rowsRead()), metric("rows used", r.rowsImported()),
                metric("rows skipped", r.rowsSkipped()), metric("unreadable cells", r.invalidCells()),
                metric("periods filled", r.periodsFilled()));
    }

    private VBox metric(String label, long value) {
        Label v = new Label(Formats.number(value, 0, locale));
        v.getStyleClass().add("metric-value");
        Label l = new Label(label);
        l.getStyleClass().add("metric-label");
        return new VBox(0, v, l);
    }

    private void rebuildGrid() {
        grid.getColumns().clear();
        TableColumn<Integer, String> rowNo = new TableColumn<>("Row");
        rowNo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Integer.toString(vm.sourceRow(c.getValue()))));
        rowNo.setPrefWidth(56);
        rowNo.setSortable(false);
        grid.getColumns().add(rowNo);
        for (int j = 0; j < vm.columns().size(); j++) {
            grid.getColumns().add(column(vm.columns().get(j), j));
        }
        var idx = javafx.collections.FXCollections.<Integer>observableArrayList();
        for (int i = 0; i < vm.previewRows().size(); i++) {
            idx.add(i);
        }
        grid.setItems(idx);
    }

    private TableColumn<Integer, String> column(ImportColumn col, int j) {
        TableColumn<Integer, String> c = new TableColumn<>();
        Label name = new Label(col.name());
        name.getStyleClass().add("section-title");
        Label type = new Label(col.type().name().toLowerCase(Locale.ROOT));
        type.getStyleClass().add("text-muted");
        ComboBox<ColumnRole> role = new ComboBox<>();
        role.getItems().setAll(ColumnRole.values());
        role.valueProperty().bindBidirectional(col.roleProperty());
        role.setId("role-" + col.name());
        role.setAccessibleText("Role of column " + col.name());
        role.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Aggregation> agg = new ComboBox<>();
        agg.getItems().add(null);
        agg.getItems().addAll(Aggregation.values());
        agg.setConverter(new StringConverter<>() {
            @Override
            public String toString(Aggregation a) {
                return a == null ? "default" : a.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Aggregation fromString(String s) {
                return null;
            }
        });
        agg.valueProperty().bindBidirectional(col.aggregationProperty());
        agg.setTooltip(new Tooltip("How several rows in one period combine"));
        agg.setMaxWidth(Double.MAX_VALUE);
        agg.visibleProperty().bind(col.roleProperty().isEqualTo(ColumnRole.TARGET).or(col.roleProperty().isEqualTo(ColumnRole.COVARIATE)));
        VBox header = new VBox(3, name, type, role, agg);
        header.setPrefWidth(160);
        c.setGraphic(header);
        c.setSortable(false);
        c.setPrefWidth(172);
        c.setCellValueFactory(cd -> {
            List<String> row = vm.previewRows().get(cd.getValue());
            return new ReadOnlyObjectWrapper<>(j < row.size() ? row.get(j) : "");
        });
        c.setCellFactory(cc -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                getStyleClass().remove("problem-cell");
                if (!empty && vm.isProblemCell(getIndex(), col.name())) {
                    getStyleClass().add("problem-cell");
                    setTooltip(new Tooltip("This cell has a problem: see the import report."));
                } else {
                    setTooltip(null);
                }
            }
        });
        return c;
    }
}
