package io.salescast.app.chart;

import java.util.Objects;

/**
 * A shaded band between {@code lo} and {@code hi} (prediction intervals).
 *
 * @param name  legend label ("80% interval")
 * @param x     ascending x values
 * @param lo    lower edge
 * @param hi    upper edge
 * @param color palette index
 */
public record ChartBand(String name, double[] x, double[] lo, double[] hi, int color) {

    public ChartBand {
        Objects.requireNonNull(name, "name");
        if (x.length != lo.length || x.length != hi.length) {
            throw new IllegalArgumentException("band " + name + ": x, lo and hi differ in length");
        }
    }
}
