package io.salescast.app.view;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;

/** A row of removable chips mirroring an observable list. */
final class Chips {

    private Chips() {
    }

    static <T> FlowPane of(ObservableList<T> items, Function<T, String> label, Consumer<T> remove, String what) {
        FlowPane pane = new FlowPane(6, 6);
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (T t : items) {
                Button b = new Button(label.apply(t), Icons.of(Feather.X, 12));
                b.setContentDisplay(ContentDisplay.RIGHT);
                b.getStyleClass().addAll("chip", "small");
                b.setTooltip(new Tooltip("Remove " + what + " " + label.apply(t)));
                b.setAccessibleText("Remove " + what + " " + label.apply(t));
                b.setOnAction(e -> remove.accept(t));
                pane.getChildren().add(b);
            }
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        return pane;
    }
}
