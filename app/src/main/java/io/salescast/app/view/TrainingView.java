package io.salescast.app.view;

import io.salescast.app.viewmodel.LiveLoss;
import io.salescast.app.viewmodel.StageRow;
import io.salescast.app.viewmodel.TrainingViewModel;
import io.salescast.forecast.TrainingCurve;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/** The training page: a bar per stage, times, Cancel and the log. */
public final class TrainingView extends VBox {

    /** Builds the page over {@code vm}; {@code showResults} goes to the results. */
    public TrainingView(TrainingViewModel vm, Runnable showResults) {
        super(14);
        setId("training-page");
        getStyleClass().add("page");
        Label title = new Label("Training");
        title.getStyleClass().add("page-title");
        Label status = new Label();
        status.setId("training-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label timing = new Label();
        timing.getStyleClass().add("text-muted");
        timing.textProperty().bind(vm.timingProperty());
        Button cancel = new Button("Cancel", Icons.of(Feather.X_CIRCLE));
        cancel.setId("cancel-training");
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button results = new Button("Show results", Icons.of(Feather.TRENDING_UP));
        results.visibleProperty().bind(vm.runningProperty().not());
        results.setOnAction(e -> showResults.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(4, title, status, timing), grow, results, cancel);
        head.setAlignment(Pos.TOP_LEFT);

        GridPane bars = new GridPane();
        bars.setHgap(12);
        bars.setVgap(10);
        bars.getStyleClass().add("card");
        Runnable fill = () -> {
            bars.getChildren().clear();
            int row = 0;
            for (StageRow s : vm.stages()) {
                Label name = new Label(s.name());
                name.getStyleClass().add("section-title");
                name.setMinWidth(110);
                ProgressBar bar = new ProgressBar();
                bar.progressProperty().bind(s.progressProperty());
                bar.setPrefWidth(420);
                bar.setAccessibleText(s.name() + " progress");
                Label detail = new Label();
                detail.getStyleClass().add("text-muted");
                detail.textProperty().bind(s.detailProperty());
                bars.addRow(row++, name, bar, detail);
            }
        };
        vm.stages().addListener((ListChangeListener<StageRow>) c -> fill.run());
        fill.run();

        VBox loss = lossChart(vm);

        Label logTitle = new Label("Log");
        logTitle.getStyleClass().add("section-title");
        ListView<String> log = new ListView<>(vm.log());
        log.setId("training-log");
        log.getStyleClass().add("log-view");
        log.setAccessibleText("Training log");
        vm.log().addListener((ListChangeListener<String>) c -> log.scrollTo(Math.max(0, vm.log().size() - 1)));
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(head, bars, loss, logTitle, log);

        Timeline clock = new Timeline(new KeyFrame(Duration.millis(500), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        vm.runningProperty().addListener((o, a, b) -> {
            if (b) {
                clock.play();
            } else {
                clock.stop();
                vm.tick();
            }
        });
        if (vm.runningProperty().get()) {
            clock.play();
        }
    }

    /**
     * The live loss chart of the neural network training now: training and validation loss per
     * epoch, the kept (best) epoch named in the title. Hidden until a network reports an epoch.
     */
    private static VBox lossChart(TrainingViewModel vm) {
        Label title = new Label("Neural network loss (lower is better)");
        title.getStyleClass().add("section-title");
        Label detail = new Label();
        detail.getStyleClass().add("text-muted");
        detail.setId("loss-detail");
        NumberAxis x = new NumberAxis(1, 2, 1);
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel("loss");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("loss-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(250);
        chart.setMinHeight(180);
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setAccessibleText("Training and validation loss per epoch");
        XYChart.Series<Number, Number> train = new XYChart.Series<>();
        train.setName("training");
        XYChart.Series<Number, Number> validation = new XYChart.Series<>();
        validation.setName("validation");
        chart.getData().add(train);
        chart.getData().add(validation);
        VBox box = new VBox(6, title, detail, chart);
        box.getStyleClass().add("card");
        Runnable redraw = () -> {
            LiveLoss l = vm.liveLossProperty().get();
            box.setVisible(l != null);
            box.setManaged(l != null);
            if (l == null) {
                train.getData().clear();
                validation.getData().clear();
                return;
            }
            List<XYChart.Data<Number, Number>> t = new ArrayList<>();
            List<XYChart.Data<Number, Number>> v = new ArrayList<>();
            for (TrainingCurve.Epoch e : l.curve().epochs()) {
                if (Double.isFinite(e.trainLoss())) {
                    t.add(new XYChart.Data<>(e.epoch(), e.trainLoss()));
                }
                if (Double.isFinite(e.validationLoss())) {
                    v.add(new XYChart.Data<>(e.epoch(), e.validationLoss()));
                }
            }
            train.getData().setAll(t);
            validation.getData().setAll(v);
            int last = l.curve().epochs().isEmpty() ? 1 : l.curve().epochs().get(l.curve().epochs().size() - 1).epoch();
            x.setUpperBound(Math.max(2, last));
            x.setTickUnit(Math.max(1, Math.ceil(last / 12.0)));
            int best = l.curve().bestEpoch();
            detail.setText(l.title() + (best > 0 ? "; best so far: epoch " + best : ""));
        };
        vm.liveLossProperty().addListener((o, a, b) -> redraw.run());
        redraw.run();
        return box;
    }
}
