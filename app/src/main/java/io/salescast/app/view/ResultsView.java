package io.salescast.app.view;

import io.salescast.app.chart.PointPick;
import io.salescast.app.chart.TimeChart;
import io.salescast.app.viewmodel.ResultTarget;
import io.salescast.app.viewmodel.ResultsViewModel;
import io.salescast.evaluation.Metric;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;

/** The results page: forecast chart with explanations beside it, leaderboard and error by horizon below. */
public final class ResultsView extends VBox {

    private final TimeChart chart;

    /**
     * @param vm           the page's view model
     * @param locale       number and date formats
     * @param explanations the explanation panel beside the chart, or null
     * @param onPick       called when a forecast point is clicked
     * @param commands     export actions
     */
    public ResultsView(ResultsViewModel vm, Locale locale, Node explanations, Consumer<PointPick> onPick, Commands commands) {
        super(10);
        setId("results-page");
        getStyleClass().add("page");
        Label title = new Label("Results");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button excel = new Button("Excel report", Icons.of(Feather.FILE_TEXT));
        excel.setId("export-excel");
        excel.setTooltip(new Tooltip("Export the analyst report as an Excel workbook (Ctrl+E)"));
        excel.setOnAction(e -> commands.exportReport());
        Button csv = new Button("CSV", Icons.of(Feather.DOWNLOAD));
        csv.setTooltip(new Tooltip("Export the forecasts as a long-format CSV file"));
        csv.setOnAction(e -> commands.exportCsv());
        Button png = new Button("PNG", Icons.of(Feather.IMAGE));
        png.setTooltip(new Tooltip("Save the chart as an image"));
        png.setOnAction(e -> commands.exportChart());
        for (Button b : new Button[] {excel, csv, png}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox titles = new VBox(2, title, summary);
        titles.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(8, titles, excel, csv, png);
        head.setAlignment(Pos.CENTER_LEFT);

        SearchableComboBox<ResultTarget> target = new SearchableComboBox<>(vm.targets());
        target.setId("result-target");
        target.setPrefWidth(340);
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setAccessibleText("Product or total to chart");
        target.setTooltip(new Tooltip("Type to search products and categories"));
        ComboBox<String> primary = new ComboBox<>(vm.models());
        primary.setId("result-model");
        primary.valueProperty().bindBidirectional(vm.primaryProperty());
        primary.setCellFactory(l -> new ModelCell(vm));
        primary.setButtonCell(new ModelCell(vm));
        primary.setAccessibleText("Model drawn with intervals");
        MenuButton compare = new MenuButton("Compare");
        compare.setGraphic(Icons.of(Feather.LAYERS));
        Runnable fillCompare = () -> {
            compare.getItems().clear();
            for (String m : vm.models()) {
                CheckMenuItem i = new CheckMenuItem(vm.label(m));
                i.setMnemonicParsing(false);
                i.setSelected(vm.compare().contains(m));
                i.selectedProperty().addListener((o, a, b) -> {
                    if (b && !vm.compare().contains(m)) {
                        vm.compare().add(m);
                    } else if (!b) {
                        vm.compare().remove(m);
                    }
                });
                compare.getItems().add(i);
            }
        };
        vm.models().addListener((ListChangeListener<String>) c -> fillCompare.run());
        fillCompare.run();
        CheckBox backtest = new CheckBox("Backtest forecasts");
        backtest.selectedProperty().bindBidirectional(vm.showBacktestProperty());
        Button reset = new Button(null, Icons.of(Feather.MAXIMIZE));
        reset.setTooltip(new Tooltip("Reset zoom (double-click the chart)"));
        reset.setAccessibleText("Reset zoom");
        reset.getStyleClass().add("flat");
        HBox controls = new HBox(8, target, new Label("Model"), primary, compare, backtest, reset);
        controls.setAlignment(Pos.CENTER_LEFT);

        chart = new TimeChart(locale);
        chart.setId("forecast-chart");
        chart.dataProperty().bind(vm.chartProperty());
        chart.setOnPointClicked(onPick);
        reset.setOnAction(e -> chart.resetZoom());
        Label hint = new Label("Click a forecast point to see why it has its value. Scroll to zoom, drag to pan.");
        hint.getStyleClass().add("text-muted");
        VBox chartBox = new VBox(6, chart, hint);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Node top = chartBox;
        if (explanations != null) {
            SplitPane side = new SplitPane(chartBox, explanations);
            side.setDividerPositions(0.6);
            top = side;
        }

        TimeChart horizon = new TimeChart(locale);
        horizon.setId("horizon-chart");
        horizon.dataProperty().bind(vm.horizonChartProperty());
        ComboBox<Metric> metric = new ComboBox<>();
        metric.getItems().setAll(Metric.MAE, Metric.RMSE, Metric.WAPE, Metric.MASE, Metric.SMAPE);
        metric.valueProperty().bindBidirectional(vm.horizonMetricProperty());
        Label hl = new Label("Error by forecast step (1 = the first period ahead)");
        hl.getStyleClass().add("text-muted");
        HBox hhead = new HBox(8, hl, metric);
        hhead.setAlignment(Pos.CENTER_LEFT);
        VBox hbox = new VBox(6, hhead, horizon);
        VBox.setVgrow(horizon, Priority.ALWAYS);
        TabPane tabs = new TabPane(new Tab("Leaderboard", LeaderboardTable.create(vm.leaderboard(), locale)),
                new Tab("Error by horizon", hbox));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane main = new SplitPane(top, tabs);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.62);
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().addAll(head, controls, main);
    }

    /** The forecast chart (export as PNG, tests). */
    public TimeChart chart() {
        return chart;
    }

    private static final class ModelCell extends ListCell<String> {
        private final ResultsViewModel vm;

        ModelCell(ResultsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : vm.label(m));
        }
    }
}
