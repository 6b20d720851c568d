package io.salescast.app.view;

import io.salescast.app.chart.TimeChart;
import io.salescast.app.viewmodel.DataViewModel;
import io.salescast.app.viewmodel.Formats;
import io.salescast.app.viewmodel.ProductRow;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The data page: product list on the left, the selected product's history on the right. */
public final class DataView extends SplitPane {

    /** Builds the page over {@code vm}. */
    public DataView(DataViewModel vm, Locale locale) {
        setId("data-page");
        TextField search = new TextField();
        search.setId("product-search");
        search.setPromptText("Search sku, name, category, brand");
        search.setAccessibleText("Search products");
        search.textProperty().bindBidirectional(vm.searchProperty());
        TableView<ProductRow> table = ProductTable.create(vm.products(), locale);
        table.setId("product-table");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        if (vm.selectedProperty().get() != null) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.products()).asString("%d products"));
        VBox left = new VBox(8, search, table, count);
        left.getStyleClass().add("page");
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "No product selected" : vm.selectedProperty().get().display(),
                vm.selectedProperty()));
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        TimeChart sales = new TimeChart(locale);
        sales.setId("history-chart");
        sales.dataProperty().bind(vm.salesChartProperty());
        TimeChart cov = new TimeChart(locale);
        cov.setId("covariate-chart");
        cov.setPrefHeight(160);
        cov.setMinHeight(120);
        cov.visibleProperty().bind(vm.covariateChartProperty().isNotNull());
        cov.managedProperty().bind(cov.visibleProperty());
        vm.covariateChartProperty().addListener((o, a, b) -> cov.setData(b));
        cov.setData(vm.covariateChartProperty().get());
        Button reset = new Button("Reset zoom", Icons.of(Feather.MAXIMIZE));
        reset.getStyleClass().add("flat");
        reset.setOnAction(e -> {
            sales.resetZoom();
            cov.resetZoom();
        });
        Label hint = new Label("Scroll to zoom, drag to pan, double-click to reset.");
        hint.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox tools = new HBox(8, hint, grow, reset);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox right = new VBox(8, title, summary, sales, cov, tools);
        right.getStyleClass().add("page");
        VBox.setVgrow(sales, Priority.ALWAYS);
        getItems().addAll(left, right);
        setDividerPositions(0.4);
    }

    /** The product table with sparklines. */
    static final class ProductTable {
        private ProductTable() {
        }

        static TableView<ProductRow> create(javafx.collections.ObservableList<ProductRow> items, Locale locale) {
            javafx.collections.transformation.SortedList<ProductRow> sorted = new javafx.collections.transformation.SortedList<>(items);
            TableView<ProductRow> t = new TableView<>(sorted);
            sorted.comparatorProperty().bind(t.comparatorProperty());
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TableColumn<ProductRow, ProductRow> sku = new TableColumn<>("Product");
            sku.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            sku.setComparator(java.util.Comparator.comparing(ProductRow::id));
            sku.setPrefWidth(230);
            sku.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(ProductRow r, boolean empty) {
                    super.updateItem(r, empty);
                    if (empty || r == null) {
                        setGraphic(null);
                        return;
                    }
                    Label top = new Label(r.name().isBlank() ? r.id() : r.name());
                    top.getStyleClass().add("product-name");
                    String meta = String.join(" · ", java.util.stream.Stream.of(r.id(), r.category(), r.brand())
                            .filter(x -> x != null && !x.isBlank()).toList());
                    Label bottom = new Label(meta);
                    bottom.getStyleClass().add("text-muted");
                    setGraphic(new VBox(1, top, bottom));
                }
            });
            TableColumn<ProductRow, double[]> spark = new TableColumn<>("History");
            spark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().spark()));
            spark.setSortable(false);
            spark.setPrefWidth(96);
            spark.setCellFactory(c -> new TableCell<>() {
                private final Sparkline line = new Sparkline(84, 18);

                @Override
                protected void updateItem(double[] v, boolean empty) {
                    super.updateItem(v, empty);
                    if (empty || v == null) {
                        setGraphic(null);
                    } else {
                        line.setValues(v);
                        setGraphic(line);
                    }
                }
            });
            TableColumn<ProductRow, Number> total = new TableColumn<>("Units");
            total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
            total.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Number v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : Formats.number(v.doubleValue(), 0, locale));
                    setStyle("-fx-alignment: center-right;");
                }
            });
            t.getColumns().addAll(java.util.List.of(sku, spark, total));
            t.setPlaceholder(new Label("No product matches the search."));
            return t;
        }
    }
}
