package io.salescast.app.chart;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Mouse and keyboard handling of a {@link TimeChart}: zoom, pan, reset, hover and pick. */
final class ChartInteraction {

    /** Farthest a click may land from a point and still pick it, in pixels. */
    static final double PICK_RADIUS = 14;

    private ChartInteraction() {
    }

    static void install(TimeChart chart) {
        chart.addEventHandler(ScrollEvent.SCROLL, e -> {
            PlotArea a = chart.plotArea();
            if (a == null || e.getDeltaY() == 0) {
                return;
            }
            double y = e.getY() - chart.canvas().getLayoutY();
            if (!a.contains(e.getX(), y)) {
                return;
            }
            chart.viewport().zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, a.dataX(e.getX()));
            chart.redraw();
            e.consume();
        });
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            chart.requestFocus();
            chart.dragStart(e.getX(), e.getButton());
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> chart.dragTo(e.getX()));
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> chart.drawOverlay(e.getX(), e.getY() - chart.canvas().getLayoutY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> chart.drawOverlay(Double.NaN, Double.NaN));
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || chart.wasDragged()) {
                return;
            }
            if (e.getClickCount() == 2) {
                chart.resetZoom();
                return;
            }
            PointPick p = pick(chart.dataProperty().get(), chart.plotArea(), e.getX(), e.getY() - chart.canvas().getLayoutY());
            if (p != null) {
                chart.firePick(p);
            }
        });
        chart.setOnKeyPressed(e -> {
            if (chart.handleKey(e.getCode())) {
                e.consume();
            }
        });
    }

    /**
     * The pickable point nearest to pixel ({@code mx}, {@code my}) within {@link #PICK_RADIUS},
     * or null.
     */
    static PointPick pick(ChartData data, PlotArea a, double mx, double my) {
        if (a == null || !a.contains(mx, my)) {
            return null;
        }
        double best = PICK_RADIUS * PICK_RADIUS;
        PointPick found = null;
        double xd = a.dataX(mx);
        double perPixel = (a.x1() - a.x0()) / a.width();
        for (ChartSeries s : data.series()) {
            if (!s.pickable() || s.x().length == 0) {
                continue;
            }
            int from = Math.max(0, Decimator.lowerBound(s.x(), xd - PICK_RADIUS * perPixel));
            int to = Math.min(s.x().length, Decimator.upperBound(s.x(), xd + PICK_RADIUS * perPixel));
            for (int i = from; i < to; i++) {
                double v = s.y()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double dx = a.px(s.x()[i]) - mx;
                double dy = a.py(v) - my;
                double d = dx * dx + dy * dy;
                if (d <= best) {
                    best = d;
                    found = new PointPick(s.name(), i, s.x()[i], v);
                }
            }
        }
        return found;
    }
}
