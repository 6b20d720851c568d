package io.salescast.app.chart;

/**
 * A clicked data point.
 *
 * @param series name of the series
 * @param index  index in the series' arrays
 * @param x      its x value
 * @param y      its y value
 */
public record PointPick(String series, int index, double x, double y) {
}
