package io.salescast.app.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The hover box of a {@link TimeChart}: the date under the cursor and each series' value. */
final class ChartTooltip extends VBox {

    private static final int MAX_ROWS = 8;

    ChartTooltip() {
        super(2);
        getStyleClass().add("chart-tooltip");
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(TimeChart chart, ChartData data, PlotArea a, double mx, double my, ChartPalette pal, Locale locale, double yOffset) {
        double xd = a.dataX(mx);
        double perPixel = (a.x1() - a.x0()) / a.width();
        getChildren().clear();
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        double snapped = Double.NaN;
        int rows = 0;
        for (ChartSeries s : data.series()) {
            int i = nearest(s.x(), xd);
            if (i < 0 || Math.abs(s.x()[i] - xd) > Math.max(perPixel * 8, 0.51) || Double.isNaN(s.y()[i]) || rows >= MAX_ROWS) {
                continue;
            }
            if (Double.isNaN(snapped)) {
                snapped = s.x()[i];
            }
            Label l = new Label(s.name() + ": " + nf.format(s.y()[i]), new Circle(4, pal.color(s.color())));
            getChildren().add(l);
            rows++;
        }
        for (ChartBand b : data.bands()) {
            int i = nearest(b.x(), xd);
            if (i < 0 || Math.abs(b.x()[i] - xd) > Math.max(perPixel * 8, 0.51) || rows >= MAX_ROWS) {
                continue;
            }
            getChildren().add(new Label(b.name() + ": " + nf.format(b.lo()[i]) + " – " + nf.format(b.hi()[i])));
            rows++;
        }
        if (getChildren().isEmpty()) {
            setVisible(false);
            return;
        }
        Label head = new Label(formatX(Double.isNaN(snapped) ? xd : snapped, data.xKind(), locale));
        head.getStyleClass().add("chart-tooltip-title");
        getChildren().add(0, head);
        setVisible(true);
        applyCss();
        autosize();
        double w = prefWidth(-1);
        double h = prefHeight(w);
        double x = mx + 14 + w > chart.getWidth() ? mx - 14 - w : mx + 14;
        double y = Math.max(0, Math.min(my + yOffset - h / 2, chart.getHeight() - h));
        resizeRelocate(Math.max(0, x), y, w, h);
    }

    static String formatX(double x, ChartData.XKind kind, Locale locale) {
        if (kind == ChartData.XKind.EPOCH_DAY) {
            return LocalDate.ofEpochDay(Math.round(x)).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        return nf.format(x);
    }

    /** Index of the x nearest to {@code v}, or -1 for an empty array. */
    static int nearest(double[] x, double v) {
        if (x.length == 0) {
            return -1;
        }
        int i = Decimator.lowerBound(x, v);
        if (i >= x.length) {
            return x.length - 1;
        }
        if (i > 0 && v - x[i - 1] < x[i] - v) {
            return i - 1;
        }
        return i;
    }
}
