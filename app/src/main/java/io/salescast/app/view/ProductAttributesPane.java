package io.salescast.app.view;

import io.salescast.app.viewmodel.ProductAttributesViewModel;
import io.salescast.app.viewmodel.Toggle;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The optional "Product attributes" section of the import page: where the attribute table comes
 * from (another sheet of the workbook or another file), its key and attribute columns, its first
 * rows and the match summary. Collapsed until used.
 */
final class ProductAttributesPane extends TitledPane {

    private final ProductAttributesViewModel vm;
    private final TableView<List<String>> preview = new TableView<>();

    /**
     * @param vm         the attributes part of the import page
     * @param chooseFile asks for another file, or returns null
     */
    ProductAttributesPane(ProductAttributesViewModel vm, Supplier<Path> chooseFile) {
        this.vm = vm;
        setId("import-attributes");
        setExpanded(false);
        setAnimated(false);

        MenuButton fromSheet = new MenuButton("From a sheet of this workbook", Icons.of(Feather.GRID));
        fromSheet.setId("attributes-from-sheet");
        fromSheet.setOnShowing(e -> fromSheet.getItems().setAll(vm.otherSheets().stream().map(s -> {
            MenuItem item = new MenuItem(s);
            item.setMnemonicParsing(false);
            item.setOnAction(a -> vm.useSheet(s));
            return item;
        }).toList()));
        Button fromFile = new Button("From another file…", Icons.of(Feather.FILE_PLUS));
        fromFile.setOnAction(e -> {
            Path p = chooseFile.get();
            if (p != null) {
                vm.useFile(p);
            }
        });
        Button remove = new Button("Remove", Icons.of(Feather.X));
        remove.setId("attributes-remove");
        remove.disableProperty().bind(vm.fileProperty().isNull());
        remove.setOnAction(e -> vm.clear());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Label origin = new Label();
        origin.getStyleClass().add("text-muted");
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("attributes-sheet");
        sheet.setAccessibleText("Sheet with product attributes");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        sheet.visibleProperty().bind(Bindings.isNotEmpty(vm.sheets()));
        sheet.managedProperty().bind(sheet.visibleProperty());
        HBox source = new HBox(8, fromSheet, fromFile, remove, busy, origin, sheet);
        source.setAlignment(Pos.CENTER_LEFT);

        Button useSuggested = new Button();
        useSuggested.setId("attributes-use-suggested");
        useSuggested.getStyleClass().add("accent");
        useSuggested.setOnAction(e -> vm.useSheet(vm.suggestedSheetProperty().get()));
        Label suggestion = new Label();
        suggestion.getStyleClass().add("text-muted");
        HBox suggest = new HBox(8, suggestion, useSuggested);
        suggest.setAlignment(Pos.CENTER_LEFT);

        FlowPane keys = new FlowPane(12, 6);
        FlowPane attrs = new FlowPane(12, 6);
        attrs.setId("attributes-columns");
        Label summary = new Label();
        summary.setId("attributes-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        VBox error = new VBox();
        preview.setId("attributes-preview");
        preview.setPrefHeight(150);
        preview.setMinHeight(110);
        preview.setPlaceholder(new Label("No attribute table chosen."));

        Label keysLabel = new Label("Key");
        keysLabel.getStyleClass().add("section-title");
        Label attrsLabel = new Label("Attributes to take");
        attrsLabel.getStyleClass().add("section-title");
        HBox keyRow = new HBox(10, keysLabel, keys);
        keyRow.setAlignment(Pos.CENTER_LEFT);
        HBox attrRow = new HBox(10, attrsLabel, attrs);
        attrRow.setAlignment(Pos.CENTER_LEFT);
        VBox details = new VBox(8, keyRow, attrRow, preview);
        details.visibleProperty().bind(Bindings.isNotEmpty(vm.columns()));
        details.managedProperty().bind(details.visibleProperty());
        VBox content = new VBox(8, suggest, source, details, summary, error);
        setContent(content);

        Runnable refresh = () -> {
            String s = vm.suggestedSheetProperty().get();
            boolean offer = s != null && vm.fileProperty().get() == null;
            suggest.setVisible(offer);
            suggest.setManaged(offer);
            if (s != null) {
                suggestion.setText("This workbook also has a sheet \"" + s + "\".");
                useSuggested.setText("Take product attributes from \"" + s + "\"");
            }
            fromSheet.setDisable(vm.otherSheets().isEmpty());
            setText(vm.fileProperty().get() != null ? "Product attributes: from " + vm.originText()
                    : s != null ? "Product attributes (optional): this workbook also has a sheet \"" + s + "\""
                    : "Product attributes (optional): category, brand, launch date… from another sheet or file");
            origin.setText(vm.fileProperty().get() == null ? "None: attributes come only from columns of the sales sheet."
                    : "From " + (vm.sameWorkbookProperty().get() ? "this workbook" : vm.fileProperty().get().getFileName().toString()));
            if (vm.fileProperty().get() != null) {
                setExpanded(true);
            }
        };
        vm.suggestedSheetProperty().addListener((o, a, b) -> refresh.run());
        vm.fileProperty().addListener((o, a, b) -> refresh.run());
        vm.sameWorkbookProperty().addListener((o, a, b) -> refresh.run());
        vm.sheetProperty().addListener((o, a, b) -> refresh.run());
        vm.errorProperty().addListener((o, a, b) -> error.getChildren().setAll(b == null || b.isEmpty() ? List.of()
                : List.of(Cards.message(b, "danger"))));
        vm.keys().addListener((ListChangeListener<ProductAttributesViewModel.KeyChoice>) c -> fillKeys(keys));
        vm.attributes().addListener((ListChangeListener<Toggle>) c -> fillAttributes(attrs));
        vm.columns().addListener((ListChangeListener<String>) c -> fillPreview());
        vm.previewRows().addListener((ListChangeListener<List<String>>) c -> fillPreview());
        refresh.run();
    }

    private void fillKeys(FlowPane pane) {
        pane.getChildren().clear();
        for (ProductAttributesViewModel.KeyChoice k : vm.keys()) {
            ComboBox<String> col = new ComboBox<>();
            col.getItems().add(null);
            col.getItems().addAll(vm.columns());
            col.setConverter(new StringConverter<>() {
                @Override
                public String toString(String s) {
                    return s == null ? "(not used)" : s;
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            col.valueProperty().bindBidirectional(k.column());
            col.setId("attributes-key-" + k.seriesKey());
            col.setAccessibleText("Column of the attribute table holding the codes of " + k.seriesKey());
            col.setTooltip(new Tooltip("The column of the attribute table that holds the same codes as the sales column "
                    + k.seriesKey()));
            Label l = new Label("sales column " + k.seriesKey() + " =");
            HBox box = new HBox(6, l, col);
            box.setAlignment(Pos.CENTER_LEFT);
            pane.getChildren().add(box);
        }
    }

    private void fillAttributes(FlowPane pane) {
        pane.getChildren().clear();
        for (Toggle t : vm.attributes()) {
            CheckBox cb = new CheckBox(t.name());
            cb.setMnemonicParsing(false); // column names such as list_price keep their underscore
            cb.setId("attributes-take-" + t.name());
            cb.selectedProperty().bindBidirectional(t.selected());
            pane.getChildren().add(cb);
        }
    }

    private void fillPreview() {
        preview.getColumns().clear();
        List<String> cols = List.copyOf(vm.columns());
        for (int j = 0; j < cols.size(); j++) {
            int jj = j;
            TableColumn<List<String>, String> c = new TableColumn<>(cols.get(j));
            c.setSortable(false);
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(jj < cd.getValue().size() ? cd.getValue().get(jj) : ""));
            c.setPrefWidth(130);
            preview.getColumns().add(c);
        }
        preview.setItems(FXCollections.observableArrayList(vm.previewRows()));
    }
}
