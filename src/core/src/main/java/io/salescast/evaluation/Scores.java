package io.salescast.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy of one model over a set of forecast points (overall, one series, or one horizon
 * step). Aggregation is pooled over the points: MAE, RMSE, MAPE, sMAPE and bias are means over
 * all points; WAPE and relative bias are sums of errors over sums of actuals; MASE is the mean of
 * each point's absolute error divided by its series' scale (points of series with an undefined
 * scale are left out of MASE only).
 *
 * @param points           forecast points with a known actual and forecast
 * @param mae              mean absolute error
 * @param rmse             root mean squared error
 * @param mape             mean absolute percentage error (fraction) over non-zero actuals
 * @param mapeSkippedZeros points left out of MAPE because the actual was zero
 * @param smape            symmetric MAPE in [0, 2]
 * @param mase             mean absolute scaled error
 * @param wape             weighted absolute percentage error (fraction)
 * @param bias             mean (forecast - actual)
 * @param relativeBias     sum (forecast - actual) / sum |actual|
 * @param intervals        coverage and width per interval level, ascending by level
 */
public record Scores(int points, double mae, double rmse, double mape, int mapeSkippedZeros, double smape, double mase,
                     double wape, double bias, double relativeBias, List<IntervalScore> intervals) {

    /**
     * Interval quality at one level.
     *
     * @param level     nominal level in percent
     * @param coverage  share of actuals inside the interval
     * @param meanWidth mean width hi - lo
     */
    public record IntervalScore(int level, double coverage, double meanWidth) {
    }

    /** Copies. */
    public Scores {
        intervals = List.copyOf(intervals);
    }

    /** The score at {@code level}, or null. */
    public IntervalScore interval(int level) {
        return intervals.stream().filter(i -> i.level() == level).findFirst().orElse(null);
    }

    /** Collects points and computes {@link Scores}. */
    static final class Builder {
        private final List<Integer> levels;
        private final DoubleList actual = new DoubleList();
        private final DoubleList forecast = new DoubleList();
        private final DoubleList scale = new DoubleList();
        private final List<DoubleList> lo = new ArrayList<>();
        private final List<DoubleList> hi = new ArrayList<>();

        Builder(List<Integer> levels) {
            this.levels = List.copyOf(levels);
            for (int i = 0; i < levels.size(); i++) {
                lo.add(new DoubleList());
                hi.add(new DoubleList());
            }
        }

        /** Adds the point of step {@code k} of a slice for one model. */
        void add(double a, double f, double s, double[] loAtLevels, double[] hiAtLevels) {
            actual.add(a);
            forecast.add(f);
            scale.add(s);
            for (int i = 0; i < levels.size(); i++) {
                lo.get(i).add(loAtLevels[i]);
                hi.get(i).add(hiAtLevels[i]);
            }
        }

        Scores build() {
            double[] a = actual.toArray();
            double[] f = forecast.toArray();
            int points = 0;
            for (int i = 0; i < a.length; i++) {
                if (!Double.isNaN(a[i]) && !Double.isNaN(f[i])) {
                    points++;
                }
            }
            Metrics.Mape mape = Metrics.mape(a, f);
            List<IntervalScore> intervals = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                double[] l = lo.get(i).toArray();
                double[] h = hi.get(i).toArray();
                for (int k = 0; k < a.length; k++) {
                    if (Double.isNaN(f[k])) {
                        l[k] = Double.NaN;
                    }
                }
                intervals.add(new IntervalScore(levels.get(i), Metrics.coverage(a, l, h), Metrics.meanWidth(a, l, h)));
            }
            return new Scores(points, Metrics.mae(a, f), Metrics.rmse(a, f), mape.value(), mape.skippedZeros(),
                    Metrics.smape(a, f), Metrics.pooledMase(a, f, scale.toArray()), Metrics.wape(a, f),
                    Metrics.bias(a, f), Metrics.relativeBias(a, f), intervals);
        }
    }

    /** A growable array of doubles. */
    static final class DoubleList {
        private double[] values = new double[16];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
