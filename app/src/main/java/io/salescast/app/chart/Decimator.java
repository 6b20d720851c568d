package io.salescast.app.chart;

import java.util.Arrays;

/**
 * Reduces a series to what a given pixel width can show: per pixel column the first, lowest,
 * highest and last point, in x order. Peaks and dips survive (unlike sampling every n-th point),
 * and the drawn line looks identical to the full one. NaN values become single NaN gap markers.
 */
public final class Decimator {

    /**
     * Points to draw.
     *
     * @param x x values (NaN y marks a gap)
     * @param y y values
     * @param n how many of the array entries are used
     */
    public record Points(double[] x, double[] y, int n) {
    }

    private Decimator() {
    }

    /** Index of the first element {@code >= v} in ascending {@code a}. */
    public static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element {@code > v} in ascending {@code a}. */
    public static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Decimates the part of a series within [x0, x1] (plus one neighbour on each side, so lines
     * run to the plot edges) for {@code width} pixel columns.
     */
    public static Points minMax(double[] x, double[] y, double x0, double x1, int width) {
        int from = Math.max(0, lowerBound(x, x0) - 1);
        int to = Math.max(from, Math.min(x.length, upperBound(x, x1) + 1));
        int count = to - from;
        int cols = Math.max(1, width);
        if (count <= 4 * cols) {
            return new Points(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to), count);
        }
        double[] ox = new double[4 * cols + 8];
        double[] oy = new double[ox.length];
        int n = 0;
        double scale = cols / (x1 - x0);
        int col = Integer.MIN_VALUE;
        int first = -1;
        int last = -1;
        int min = -1;
        int max = -1;
        boolean gapPending = false;
        for (int i = from; i < to; i++) {
            double v = y[i];
            int c = (int) Math.floor((x[i] - x0) * scale);
            c = Math.max(-1, Math.min(cols, c));
            if (Double.isNaN(v)) {
                gapPending = true;
                continue;
            }
            if (c != col || gapPending) {
                if (first >= 0) {
                    n = flush(x, y, ox, oy, n, first, min, max, last);
                }
                if (gapPending && n > 0 && !Double.isNaN(oy[n - 1])) {
                    ox = ensure(ox, n + 1);
                    oy = ensure(oy, n + 1);
                    ox[n] = x[i];
                    oy[n++] = Double.NaN;
                }
                gapPending = false;
                col = c;
                first = i;
                last = i;
                min = i;
                max = i;
            } else {
                last = i;
                if (v < y[min]) {
                    min = i;
                }
                if (v > y[max]) {
                    max = i;
                }
            }
            if (n + 4 >= ox.length) {
                ox = ensure(ox, ox.length * 2);
                oy = ensure(oy, oy.length * 2);
            }
        }
        if (first >= 0) {
            ox = ensure(ox, n + 4);
            oy = ensure(oy, n + 4);
            n = flush(x, y, ox, oy, n, first, min, max, last);
        }
        return new Points(ox, oy, n);
    }

    private static int flush(double[] x, double[] y, double[] ox, double[] oy, int n, int first, int min, int max, int last) {
        int[] idx = {first, Math.min(min, max), Math.max(min, max), last};
        int prev = -1;
        int out = n;
        for (int i : idx) {
            if (i != prev) {
                ox[out] = x[i];
                oy[out++] = y[i];
                prev = i;
            }
        }
        return out;
    }

    private static double[] ensure(double[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /**
     * Decimates a band: per pixel column the lowest {@code lo} and highest {@code hi}, at the
     * column's first x. Bands with few points come back unchanged.
     *
     * @return {x, lo, hi} arrays of equal length
     */
    public static double[][] band(double[] x, double[] lo, double[] hi, double x0, double x1, int width) {
        int from = Math.max(0, lowerBound(x, x0) - 1);
        int to = Math.max(from, Math.min(x.length, upperBound(x, x1) + 1));
        int cols = Math.max(1, width);
        if (to - from <= 2 * cols) {
            return new double[][] {Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(lo, from, to), Arrays.copyOfRange(hi, from, to)};
        }
        double[] ox = new double[cols + 2];
        double[] ol = new double[cols + 2];
        double[] oh = new double[cols + 2];
        int n = -1;
        int col = Integer.MIN_VALUE;
        double scale = cols / (x1 - x0);
        for (int i = from; i < to; i++) {
            if (Double.isNaN(lo[i]) || Double.isNaN(hi[i])) {
                continue;
            }
            int c = Math.max(-1, Math.min(cols, (int) Math.floor((x[i] - x0) * scale)));
            if (c != col) {
                n++;
                if (n >= ox.length) {
                    ox = Arrays.copyOf(ox, ox.length * 2);
                    ol = Arrays.copyOf(ol, ox.length);
                    oh = Arrays.copyOf(oh, ox.length);
                }
                col = c;
                ox[n] = x[i];
                ol[n] = lo[i];
                oh[n] = hi[i];
            } else {
                ol[n] = Math.min(ol[n], lo[i]);
                oh[n] = Math.max(oh[n], hi[i]);
            }
        }
        int len = n + 1;
        return new double[][] {Arrays.copyOf(ox, len), Arrays.copyOf(ol, len), Arrays.copyOf(oh, len)};
    }
}
