package io.salescast.app.chart;

/**
 * The visible x range of a chart over its data range, with zoom and pan kept inside the data.
 * Plain object: the chart's interaction logic is tested without a window.
 */
public final class Viewport {

    private double dataLo;
    private double dataHi = 1;
    private double lo;
    private double hi = 1;

    /** Sets the data range and shows all of it. */
    public void setData(double newLo, double newHi) {
        dataLo = newLo;
        dataHi = newHi > newLo ? newHi : newLo + 1;
        reset();
    }

    /** Shows the whole data range. */
    public void reset() {
        lo = dataLo;
        hi = dataHi;
    }

    /** Left edge of the view. */
    public double lo() {
        return lo;
    }

    /** Right edge of the view. */
    public double hi() {
        return hi;
    }

    /** Whether the view shows less than the whole data range. */
    public boolean isZoomed() {
        return lo > dataLo + 1e-9 || hi < dataHi - 1e-9;
    }

    /** Smallest visible width: a few units or a thousandth of the data. */
    private double minWidth() {
        return Math.max(Math.min(4, dataHi - dataLo), (dataHi - dataLo) / 1000);
    }

    /**
     * Scales the view around {@code anchor} (kept fixed on screen).
     *
     * @param factor below 1 zooms in, above 1 zooms out
     */
    public void zoom(double factor, double anchor) {
        double width = Math.max(minWidth(), Math.min(dataHi - dataLo, (hi - lo) * factor));
        double rel = hi > lo ? (anchor - lo) / (hi - lo) : 0.5;
        rel = Math.max(0, Math.min(1, rel));
        setRange(anchor - rel * width, anchor - rel * width + width);
    }

    /** Shows [{@code from}, {@code to}] (clamped to the data). */
    public void zoomTo(double from, double to) {
        double a = Math.min(from, to);
        double b = Math.max(from, to);
        if (b - a < minWidth()) {
            double mid = (a + b) / 2;
            a = mid - minWidth() / 2;
            b = mid + minWidth() / 2;
        }
        setRange(a, b);
    }

    /** Moves the view by {@code dx} data units, stopping at the data's ends. */
    public void pan(double dx) {
        setRange(lo + dx, hi + dx);
    }

    private void setRange(double a, double b) {
        double w = Math.min(b - a, dataHi - dataLo);
        if (a < dataLo) {
            a = dataLo;
        }
        if (a + w > dataHi) {
            a = dataHi - w;
        }
        lo = a;
        hi = a + w;
    }
}
