package io.salescast.app.chart;

import javafx.scene.paint.Color;

/**
 * Colours of a chart, resolved from the theme's CSS variables by {@link TimeChart}.
 *
 * @param grid   grid lines
 * @param axis   axis lines
 * @param text   tick labels
 * @param series series colours by palette index
 */
public record ChartPalette(Color grid, Color axis, Color text, Color[] series) {

    /** Colour for palette index {@code i} (wraps around). */
    public Color color(int i) {
        return series[Math.floorMod(i, series.length)];
    }
}
