package io.salescast.app.view;

import io.salescast.app.viewmodel.StageRow;
import io.salescast.app.viewmodel.TrainingViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
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

        Label logTitle = new Label("Log");
        logTitle.getStyleClass().add("section-title");
        ListView<String> log = new ListView<>(vm.log());
        log.setId("training-log");
        log.getStyleClass().add("log-view");
        log.setAccessibleText("Training log");
        vm.log().addListener((ListChangeListener<String>) c -> log.scrollTo(Math.max(0, vm.log().size() - 1)));
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(head, bars, logTitle, log);

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
}
