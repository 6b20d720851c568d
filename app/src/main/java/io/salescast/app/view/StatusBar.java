package io.salescast.app.view;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: a status line, and the running task with its progress and a Cancel button. */
public final class StatusBar extends HBox {

    private final Label taskLabel = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    /** A bar showing {@code status} and the tasks of {@code tasks}. */
    public StatusBar(StringProperty status, BackgroundTasks tasks) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label statusLabel = new Label();
        statusLabel.textProperty().bind(status);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar.setPrefWidth(160);
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setAccessibleText("Cancel the running task");
        getChildren().addAll(statusLabel, grow, taskLabel, bar, cancel);
        tasks.active().addListener((ListChangeListener<TaskHandle>) c -> show(tasks));
        show(tasks);
    }

    private void show(BackgroundTasks tasks) {
        TaskHandle h = tasks.active().stream().filter(TaskHandle::isRunning).reduce((a, b) -> b).orElse(null);
        boolean on = h != null;
        taskLabel.setVisible(on);
        bar.setVisible(on);
        cancel.setVisible(on);
        taskLabel.textProperty().unbind();
        bar.progressProperty().unbind();
        if (on) {
            taskLabel.textProperty().bind(Bindings.createStringBinding(
                    () -> h.title() + (h.stageProperty().get().isEmpty() ? "" : " — " + h.stageProperty().get()),
                    h.stageProperty()));
            bar.progressProperty().bind(h.progressProperty());
            cancel.setOnAction(e -> h.cancel());
            h.stateProperty().addListener((o, a, b) -> show(tasks));
        }
    }
}
