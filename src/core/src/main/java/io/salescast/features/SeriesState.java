package io.salescast.features;

import io.salescast.series.Frequency;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Working state of one series while features are computed: the transformed target (history, then
 * room for forecasts), covariates over history and forecast periods, the encoded static
 * attributes and running aggregates (prefix sums, exponentially weighted means) that are extended
 * only as far as the target is known, so that no feature can read past its own lag.
 */
final class SeriesState {

    final String id;
    final LocalDate start;
    final long startEpochDay;
    final Frequency frequency;
    final double[] y;
    final double[][] cov;
    final double[] attributes;
    final int historyLength;
    private final double[] ewmAlphas;
    /** prefixSum[p], prefixCount[p]: sum and count of non-NaN y[0..p-1]. */
    private final double[] prefixSum;
    private final int[] prefixCount;
    /** ewm[k][p]: EWM of y[0..p-1] with alpha k. */
    private final double[][] ewm;
    /** firstPositive[p]: first index < p with y > 0, or -1. */
    private final int[] firstPositive;
    private int derivedUpTo;

    SeriesState(String id, LocalDate start, Frequency frequency, double[] y, int historyLength, double[][] cov,
                double[] attributes, double[] ewmAlphas) {
        this.id = id;
        this.start = start;
        this.startEpochDay = start.toEpochDay();
        this.frequency = frequency;
        this.y = y;
        this.historyLength = historyLength;
        this.cov = cov;
        this.attributes = attributes;
        this.ewmAlphas = ewmAlphas;
        int cap = y.length + 1;
        this.prefixSum = new double[cap];
        this.prefixCount = new int[cap];
        this.ewm = new double[ewmAlphas.length][cap];
        this.firstPositive = new int[cap];
        for (double[] e : ewm) {
            e[0] = Double.NaN;
        }
        firstPositive[0] = -1;
        derivedUpTo = 0;
    }

    int length() {
        return y.length;
    }

    /** Label of period {@code t}. */
    LocalDate date(int t) {
        return frequency == Frequency.DAILY ? LocalDate.ofEpochDay(startEpochDay + t) : frequency.step(start, t);
    }

    /** Target at index {@code i}, or NaN when outside the known part. */
    double y(int i) {
        return i < 0 || i >= y.length ? Double.NaN : y[i];
    }

    /** Sets a forecast value (transformed) at index {@code t}; derived aggregates past it are recomputed lazily. */
    void set(int t, double value) {
        y[t] = value;
        if (derivedUpTo > t) {
            derivedUpTo = t;
        }
    }

    /** Mean of the non-NaN target before position {@code p} (i.e. y[0..p-1]). */
    double expandingMean(int p) {
        if (p <= 0) {
            return Double.NaN;
        }
        ensure(p);
        return prefixCount[p] == 0 ? Double.NaN : prefixSum[p] / prefixCount[p];
    }

    /** EWM with alpha index {@code k} over y[0..p-1]. */
    double ewm(int k, int p) {
        if (p <= 0) {
            return Double.NaN;
        }
        ensure(p);
        return ewm[k][p];
    }

    /** First index before {@code p} with positive target, or -1. */
    int firstPositiveBefore(int p) {
        if (p <= 0) {
            return -1;
        }
        ensure(p);
        return firstPositive[p];
    }

    private void ensure(int p) {
        int upTo = Math.min(p, y.length);
        for (int i = derivedUpTo + 1; i <= upTo; i++) {
            double v = y[i - 1];
            boolean ok = !Double.isNaN(v);
            prefixSum[i] = prefixSum[i - 1] + (ok ? v : 0);
            prefixCount[i] = prefixCount[i - 1] + (ok ? 1 : 0);
            firstPositive[i] = firstPositive[i - 1] >= 0 ? firstPositive[i - 1] : (ok && v > 0 ? i - 1 : -1);
            for (int k = 0; k < ewmAlphas.length; k++) {
                double prev = ewm[k][i - 1];
                ewm[k][i] = !ok ? prev : Double.isNaN(prev) ? v : ewmAlphas[k] * v + (1 - ewmAlphas[k]) * prev;
            }
        }
        if (upTo > derivedUpTo) {
            derivedUpTo = upTo;
        }
    }

    /** A copy of the target array (for tests). */
    double[] targetCopy() {
        return Arrays.copyOf(y, y.length);
    }
}
