package io.salescast.app.chart;

import java.util.List;

/**
 * Everything a {@link TimeChart} draws.
 *
 * @param series lines and markers, drawn in order over the bands
 * @param bands  interval bands, drawn first
 * @param spans  shaded x stretches, drawn under everything
 * @param xKind  how x values are labelled
 * @param yLabel unit of the y axis, may be empty
 * @param initialView x range shown first ({lo, hi}), or null for all of it; reset shows all
 */
public record ChartData(List<ChartSeries> series, List<ChartBand> bands, List<ChartSpan> spans, XKind xKind, String yLabel,
                        double[] initialView) {

    /** How the x axis is labelled. */
    public enum XKind { EPOCH_DAY, NUMBER }

    public ChartData {
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        spans = List.copyOf(spans);
        yLabel = yLabel == null ? "" : yLabel;
    }

    /** Chart data showing all of the x range first. */
    public ChartData(List<ChartSeries> series, List<ChartBand> bands, List<ChartSpan> spans, XKind xKind, String yLabel) {
        this(series, bands, spans, xKind, yLabel, null);
    }

    /** Nothing to draw. */
    public static ChartData empty() {
        return new ChartData(List.of(), List.of(), List.of(), XKind.EPOCH_DAY, "");
    }

    /** Smallest and largest x over series, bands and spans, or null if there is none. */
    public double[] xExtent() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : series) {
            if (s.x().length > 0) {
                lo = Math.min(lo, s.x()[0]);
                hi = Math.max(hi, s.x()[s.x().length - 1]);
            }
        }
        for (ChartBand b : bands) {
            if (b.x().length > 0) {
                lo = Math.min(lo, b.x()[0]);
                hi = Math.max(hi, b.x()[b.x().length - 1]);
            }
        }
        return lo > hi ? null : new double[] {lo, hi};
    }

    /** Total number of data points (for diagnostics and benchmarks). */
    public int pointCount() {
        int n = 0;
        for (ChartSeries s : series) {
            n += s.x().length;
        }
        for (ChartBand b : bands) {
            n += b.x().length;
        }
        return n;
    }
}
