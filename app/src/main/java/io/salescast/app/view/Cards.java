package io.salescast.app.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Small layout helpers shared by pages. */
final class Cards {

    private Cards() {
    }

    /** A titled card with an optional help text shown as a tooltip on an info icon. */
    static VBox card(String title, String help, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            var icon = Icons.of(Feather.INFO, 13);
            Tooltip.install(icon, tip);
            t.setGraphic(icon);
            t.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        }
        VBox box = new VBox(8);
        box.getStyleClass().add("card");
        box.getChildren().add(t);
        box.getChildren().addAll(content);
        return box;
    }

    /** An inline message box: style "warning", "danger", "info" or "success". */
    static Label message(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("inline-message", style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setGraphic(Icons.of(switch (style) {
            case "danger" -> Feather.X_OCTAGON;
            case "warning" -> Feather.ALERT_TRIANGLE;
            case "success" -> Feather.CHECK_CIRCLE;
            default -> Feather.INFO;
        }, 14));
        return l;
    }
}
