package io.salescast.app.chart;

/**
 * A shaded vertical stretch of the x axis (a promotion, a holdout window).
 *
 * @param name  legend label
 * @param from  start, inclusive (x units)
 * @param to    end, exclusive
 * @param color palette index
 */
public record ChartSpan(String name, double from, double to, int color) {
}
