package io.salescast.app.chart;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws {@link ChartData} onto a canvas: spans, grid, bands, lines, markers, axes. Every series is
 * decimated to the plot's pixel width first, so the cost depends on the width, not the data.
 */
final class ChartRenderer {

    private static final double PAD_TOP = 10;
    private static final double PAD_RIGHT = 16;
    private static final double AXIS_H = 24;
    private final Font font = Font.font(Font.getDefault().getFamily(), 11);
    private final Text measure = new Text();

    ChartRenderer() {
        measure.setFont(font);
    }

    /** Draws everything and returns the plot area used. */
    PlotArea draw(GraphicsContext gc, double w, double h, ChartData data, Viewport vp, ChartPalette pal, Locale locale) {
        gc.clearRect(0, 0, w, h);
        gc.setFont(font);
        double x0 = vp.lo();
        double x1 = vp.hi();
        int approxWidth = (int) Math.max(10, w - 60);
        double[] yr = yRange(data, x0, x1, approxWidth);
        List<Ticks.Tick> yTicks = Ticks.numeric(yr[0], yr[1], Math.max(3, (int) (h / 45)), locale);
        if (!yTicks.isEmpty()) {
            yr[0] = Math.min(yr[0], yTicks.get(0).value());
        }
        double labelW = 0;
        for (Ticks.Tick t : yTicks) {
            measure.setText(t.label());
            labelW = Math.max(labelW, measure.getLayoutBounds().getWidth());
        }
        double left = Math.ceil(labelW + 14);
        PlotArea area = new PlotArea(left, PAD_TOP, Math.max(10, w - left - PAD_RIGHT), Math.max(10, h - PAD_TOP - AXIS_H),
                x0, x1, yr[0], yr[1]);
        int cols = (int) Math.max(10, area.width());
        gc.save();
        gc.beginPath();
        gc.rect(area.left(), area.top() - 1, area.width() + 1, area.height() + 2);
        gc.clip();
        drawSpans(gc, data, area, pal);
        drawGrid(gc, area, yTicks, xTicks(data, area, locale), pal);
        for (ChartBand b : data.bands()) {
            drawBand(gc, b, area, pal, cols);
        }
        for (ChartSeries s : data.series()) {
            drawSeries(gc, s, area, pal, cols);
        }
        gc.restore();
        drawAxes(gc, area, yTicks, xTicks(data, area, locale), pal);
        return area;
    }

    private static List<Ticks.Tick> xTicks(ChartData data, PlotArea a, Locale locale) {
        int max = Math.max(2, (int) (a.width() / 110));
        return data.xKind() == ChartData.XKind.EPOCH_DAY ? Ticks.dates(a.x0(), a.x1(), max, locale)
                : Ticks.numeric(a.x0(), a.x1(), max, locale);
    }

    /** y range over the visible part of all series and bands, with headroom; from zero if all >= 0. */
    static double[] yRange(ChartData data, double x0, double x1, int cols) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : data.series()) {
            Decimator.Points p = Decimator.minMax(s.x(), s.y(), x0, x1, cols);
            for (int i = 0; i < p.n(); i++) {
                double v = p.y()[i];
                if (!Double.isNaN(v) && !Double.isInfinite(v) && p.x()[i] >= x0 - 1e-9 && p.x()[i] <= x1 + 1e-9) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (ChartBand b : data.bands()) {
            double[][] d = Decimator.band(b.x(), b.lo(), b.hi(), x0, x1, cols);
            for (int i = 0; i < d[0].length; i++) {
                if (d[0][i] >= x0 - 1e-9 && d[0][i] <= x1 + 1e-9) {
                    lo = Math.min(lo, d[1][i]);
                    hi = Math.max(hi, d[2][i]);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo >= 0) {
            lo = 0;
        }
        double pad = (hi - lo) * 0.06;
        if (pad == 0) {
            pad = Math.max(1, Math.abs(hi) * 0.1);
        }
        return new double[] {lo < 0 ? lo - pad : lo, hi + pad};
    }

    private static void drawSpans(GraphicsContext gc, ChartData data, PlotArea a, ChartPalette pal) {
        for (ChartSpan s : data.spans()) {
            if (s.to() < a.x0() || s.from() > a.x1()) {
                continue;
            }
            Color c = pal.color(s.color());
            gc.setFill(c.deriveColor(0, 1, 1, 0.13));
            double px0 = a.px(s.from());
            double px1 = Math.max(px0 + 1, a.px(s.to()));
            gc.fillRect(px0, a.top(), px1 - px0, a.height());
        }
    }

    private static void drawGrid(GraphicsContext gc, PlotArea a, List<Ticks.Tick> yTicks, List<Ticks.Tick> xTicks, ChartPalette pal) {
        gc.setStroke(pal.grid());
        gc.setLineWidth(1);
        gc.setLineDashes();
        for (Ticks.Tick t : yTicks) {
            double y = Math.round(a.py(t.value())) + 0.5;
            gc.strokeLine(a.left(), y, a.left() + a.width(), y);
        }
        for (Ticks.Tick t : xTicks) {
            double x = Math.round(a.px(t.value())) + 0.5;
            gc.strokeLine(x, a.top(), x, a.top() + a.height());
        }
    }

    private static void drawBand(GraphicsContext gc, ChartBand b, PlotArea a, ChartPalette pal, int cols) {
        double[][] d = Decimator.band(b.x(), b.lo(), b.hi(), a.x0(), a.x1(), cols);
        int n = d[0].length;
        if (n == 0) {
            return;
        }
        gc.setFill(pal.color(b.color()).deriveColor(0, 1, 1, 0.22));
        gc.beginPath();
        if (n == 1) {
            double x = a.px(d[0][0]);
            gc.fillRect(x - 2, a.py(d[2][0]), 4, Math.max(1, a.py(d[1][0]) - a.py(d[2][0])));
            return;
        }
        gc.moveTo(a.px(d[0][0]), a.py(d[2][0]));
        for (int i = 1; i < n; i++) {
            gc.lineTo(a.px(d[0][i]), a.py(d[2][i]));
        }
        for (int i = n - 1; i >= 0; i--) {
            gc.lineTo(a.px(d[0][i]), a.py(d[1][i]));
        }
        gc.closePath();
        gc.fill();
    }

    private static void drawSeries(GraphicsContext gc, ChartSeries s, PlotArea a, ChartPalette pal, int cols) {
        Color c = pal.color(s.color());
        if (s.style() == ChartSeries.Style.MARKERS) {
            drawMarkers(gc, s, a, c);
            return;
        }
        Decimator.Points p = Decimator.minMax(s.x(), s.y(), a.x0(), a.x1(), cols);
        gc.setStroke(c);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(s.style() == ChartSeries.Style.THICK ? 2.2 : 1.3);
        if (s.style() == ChartSeries.Style.DASHED) {
            gc.setLineDashes(6, 4);
        } else {
            gc.setLineDashes();
        }
        gc.beginPath();
        boolean pen = false;
        int run = 0;
        for (int i = 0; i < p.n(); i++) {
            double v = p.y()[i];
            if (Double.isNaN(v)) {
                pen = false;
                continue;
            }
            double x = a.px(p.x()[i]);
            double y = a.py(v);
            if (pen) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                pen = true;
            }
            run++;
        }
        gc.stroke();
        gc.setLineDashes();
        if (run > 0 && run <= a.width() / 8 && s.pickable()) {
            gc.setFill(c);
            for (int i = 0; i < p.n(); i++) {
                if (!Double.isNaN(p.y()[i])) {
                    gc.fillOval(a.px(p.x()[i]) - 2.5, a.py(p.y()[i]) - 2.5, 5, 5);
                }
            }
        }
    }

    private static void drawMarkers(GraphicsContext gc, ChartSeries s, PlotArea a, Color c) {
        int from = Math.max(0, Decimator.lowerBound(s.x(), a.x0()));
        int to = Decimator.upperBound(s.x(), a.x1());
        gc.setFill(c);
        double lastPx = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            if (Double.isNaN(s.y()[i])) {
                continue;
            }
            double x = a.px(s.x()[i]);
            if (x - lastPx < 2) {
                continue;
            }
            lastPx = x;
            double y = a.py(s.y()[i]);
            gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {y + 1, y + 1, y - 8}, 3);
        }
    }

    private static void drawAxes(GraphicsContext gc, PlotArea a, List<Ticks.Tick> yTicks, List<Ticks.Tick> xTicks, ChartPalette pal) {
        gc.setStroke(pal.axis());
        gc.setLineWidth(1);
        double bottom = Math.round(a.top() + a.height()) + 0.5;
        gc.strokeLine(a.left(), bottom, a.left() + a.width(), bottom);
        gc.setFill(pal.text());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.RIGHT);
        for (Ticks.Tick t : yTicks) {
            gc.fillText(t.label(), a.left() - 6, a.py(t.value()));
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (Ticks.Tick t : xTicks) {
            double x = a.px(t.value());
            double half = t.label().length() * 3.2;
            if (x - half < lastRight + 8 || x + half > a.left() + a.width() + PAD_RIGHT) {
                continue;
            }
            gc.fillText(t.label(), x, bottom + 5);
            lastRight = x + half;
        }
    }
}
