package io.salescast.app.chart;

import java.util.Objects;

/**
 * One line (or set of markers) on a {@link TimeChart}. {@code x} is ascending (epoch days for
 * date axes); NaN in {@code y} leaves a gap.
 *
 * @param name     legend and tooltip label
 * @param x        ascending x values
 * @param y        values, same length
 * @param style    how it is drawn
 * @param color    palette index (0-7)
 * @param pickable whether a click on its points is reported
 */
public record ChartSeries(String name, double[] x, double[] y, Style style, int color, boolean pickable) {

    /** How a series is drawn. */
    public enum Style { LINE, THICK, DASHED, MARKERS }

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": x has " + x.length + " values, y " + y.length);
        }
    }

    /** A plain line. */
    public static ChartSeries line(String name, double[] x, double[] y, int color) {
        return new ChartSeries(name, x, y, Style.LINE, color, false);
    }
}
