package io.salescast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The numbers behind one forecast chart: consecutive periods with the actual history, the
 * forecast of one model and its interval bounds (NaN where absent). The same data feeds the native
 * workbook chart and the PNG/SVG image.
 *
 * @param title       chart title (a product id or a category total)
 * @param model       model alias of the forecast line
 * @param level       interval level in percent, or 0 when there is no band
 * @param dates       period labels, consecutive
 * @param actual      actual values (NaN in the future)
 * @param forecast    forecast values (NaN in the past)
 * @param lo          lower bound (NaN where none)
 * @param hi          upper bound (NaN where none)
 * @param summedBound whether the bounds are sums of per-product bounds (category totals): a
 *                    conservative band, since quantiles do not add up
 */
public record ChartSeries(String title, String model, int level, List<LocalDate> dates, double[] actual,
                          double[] forecast, double[] lo, double[] hi, boolean summedBound) {

    /** Validates lengths. */
    public ChartSeries {
        Objects.requireNonNull(title, "title");
        dates = List.copyOf(dates);
        int n = dates.size();
        if (actual.length != n || forecast.length != n || lo.length != n || hi.length != n) {
            throw new IllegalArgumentException("chart " + title + ": arrays must have " + n + " values");
        }
    }

    /** Number of periods. */
    public int size() {
        return dates.size();
    }

    /** Whether any interval bound is present. */
    public boolean hasBand() {
        for (double v : lo) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last period with an actual value, or -1. */
    public int lastActualIndex() {
        for (int i = actual.length - 1; i >= 0; i--) {
            if (Double.isFinite(actual[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bottom of the stacked band: the lower bound in the forecast, the last actual value at
     * the last history period (so the band fans out from it), 0 elsewhere.
     */
    public double[] bandBase() {
        double[] b = new double[size()];
        int last = lastActualIndex();
        for (int i = 0; i < b.length; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                b[i] = lo[i];
            } else if (i == last) {
                b[i] = actual[i];
            }
        }
        return b;
    }

    /** The thickness of the stacked band: {@code hi - lo} in the forecast, 0 elsewhere. */
    public double[] bandWidth() {
        double[] w = new double[size()];
        for (int i = 0; i < w.length; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                w[i] = Math.max(0, hi[i] - lo[i]);
            }
        }
        return w;
    }
}
