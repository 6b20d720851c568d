package io.salescast.app.view;

import io.salescast.app.viewmodel.BarRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;

/**
 * Horizontal bars (importance) or a waterfall (each bar from its start to its end), as rows of
 * label, bar and value, redrawn when the list or the width changes.
 */
final class BarRows extends GridPane {

    private static final double BAR_HEIGHT = 14;
    private final ObservableList<BarRow> rows;

    BarRows(ObservableList<BarRow> rows, String accessibleText) {
        this.rows = rows;
        setHgap(8);
        setVgap(5);
        setAccessibleText(accessibleText);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setPercentWidth(46);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(56);
        getColumnConstraints().addAll(label, bar, value);
        rows.addListener((ListChangeListener<BarRow>) c -> rebuild());
        widthProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (rows.isEmpty()) {
            return;
        }
        double lo = 0;
        double hi = 0;
        for (BarRow r : rows) {
            lo = Math.min(lo, Math.min(r.start(), r.end()));
            hi = Math.max(hi, Math.max(r.start(), r.end()));
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        double width = Math.max(60, getWidth() * 0.54 - 72);
        int i = 0;
        for (BarRow r : rows) {
            Label l = new Label(r.label());
            l.setTooltip(new Tooltip(r.label() + ": " + r.value()));
            l.getStyleClass().add(r.kind() == BarRow.Kind.TOTAL ? "section-title" : "bar-label");
            double x0 = (Math.min(r.start(), r.end()) - lo) / span * width;
            double w = Math.max(1.5, Math.abs(r.end() - r.start()) / span * width);
            Rectangle rect = new Rectangle(x0, 2, w, BAR_HEIGHT);
            rect.getStyleClass().add(switch (r.kind()) {
                case UP -> "bar-positive";
                case DOWN -> "bar-negative";
                case TOTAL -> "bar-total";
                default -> "bar-neutral";
            });
            Pane bar = new Pane(rect);
            bar.setMinHeight(BAR_HEIGHT + 4);
            bar.setPrefWidth(width);
            Label v = new Label(r.value());
            v.getStyleClass().add("text-muted");
            addRow(i++, l, bar, v);
        }
    }
}
