package io.salescast.app.view;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/** A tiny line of a few dozen values, for table cells. */
final class Sparkline extends Pane {

    private final Polyline line = new Polyline();

    Sparkline(double width, double height) {
        line.getStyleClass().add("sparkline");
        getChildren().add(line);
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
    }

    void setValues(double[] v) {
        line.getPoints().clear();
        if (v == null || v.length < 2) {
            return;
        }
        double max = 0;
        for (double d : v) {
            max = Math.max(max, d);
        }
        double w = getPrefWidth();
        double h = getPrefHeight() - 2;
        Double[] pts = new Double[v.length * 2];
        for (int i = 0; i < v.length; i++) {
            pts[2 * i] = i * w / (v.length - 1);
            pts[2 * i + 1] = 1 + h - (max == 0 ? 0 : v[i] / max * h);
        }
        line.getPoints().addAll(pts);
    }
}
