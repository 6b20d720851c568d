package io.salescast.app.view;

import io.salescast.app.viewmodel.FeaturesViewModel;
import io.salescast.app.viewmodel.Formats;
import io.salescast.features.FeatureInfo;
import io.salescast.features.FeatureTable;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live preview of the feature table for one product (its most recent periods). */
final class FeaturePreview extends VBox {

    private final TableView<Integer> table = new TableView<>();
    private final Locale locale;

    FeaturePreview(FeaturesViewModel vm, Locale locale) {
        super(8);
        this.locale = locale;
        getStyleClass().add("page");
        Label title = new Label("Preview");
        title.getStyleClass().add("section-title");
        ComboBox<String> product = new ComboBox<>(vm.productIds());
        product.setId("preview-product");
        product.valueProperty().bindBidirectional(vm.previewProductProperty());
        product.setAccessibleText("Product to preview");
        Label note = new Label("Most recent " + FeaturesViewModel.PREVIEW_ROWS + " periods. Empty cells: not enough history yet.");
        note.getStyleClass().add("text-muted");
        HBox head = new HBox(10, title, product, note);
        head.setAlignment(Pos.CENTER_LEFT);
        table.setId("feature-preview");
        table.setPlaceholder(new Label("No features: only local models (baselines, ETS) will be trained."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
        vm.previewProperty().addListener((o, a, b) -> show(b));
        show(vm.previewProperty().get());
    }

    private void show(FeatureTable t) {
        table.getColumns().clear();
        if (t == null || t.rowCount() == 0) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        TableColumn<Integer, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.date(t.date(c.getValue()), locale)));
        date.setPrefWidth(110);
        TableColumn<Integer, String> target = new TableColumn<>("Units");
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.number(t.target(c.getValue()), 2, locale)));
        table.getColumns().add(date);
        table.getColumns().add(target);
        for (int j = 0; j < t.columnCount(); j++) {
            int col = j;
            FeatureInfo info = t.features().get(j);
            TableColumn<Integer, String> c = new TableColumn<>(info.name());
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(Formats.number(t.value(cd.getValue(), col), 3, locale)));
            Label header = new Label(info.name());
            Tooltip.install(header, new Tooltip(info.label() + " (" + info.family().label() + ")"));
            c.setGraphic(header);
            c.setText("");
            c.setSortable(false);
            table.getColumns().add(c);
        }
        int from = Math.max(0, t.rowCount() - FeaturesViewModel.PREVIEW_ROWS);
        var rows = FXCollections.<Integer>observableArrayList();
        for (int i = t.rowCount() - 1; i >= from; i--) {
            rows.add(i);
        }
        table.setItems(rows);
    }
}
