package io.salescast.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One regular time series of a panel: the target and its covariates on consecutive periods
 * starting at {@code start}. Missing target values are {@code NaN}. Arrays are owned by this
 * object: callers must not modify them.
 *
 * @param id         the series' unique_id
 * @param start      label of the first period
 * @param y          target per period
 * @param covariates one array per covariate of the panel (same order as
 *                   {@link SalesPanel#covariateNames()}), each as long as {@code y}
 */
public record SalesSeries(String id, LocalDate start, double[] y, double[][] covariates) {

    /** Validates lengths. */
    public SalesSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(covariates, "covariates");
        for (double[] c : covariates) {
            if (c.length != y.length) {
                throw new IllegalArgumentException("covariate length " + c.length + " != " + y.length + " for " + id);
            }
        }
    }

    /** Number of periods. */
    public int length() {
        return y.length;
    }

    /** Label of period {@code t} (0-based). */
    public LocalDate date(Frequency frequency, int t) {
        return frequency.step(start, t);
    }

    /** Label of the last period. */
    public LocalDate end(Frequency frequency) {
        return frequency.step(start, (long) y.length - 1);
    }

    /** The first {@code n} periods (n clamped to [0, length]). */
    public SalesSeries head(int n) {
        int k = Math.max(0, Math.min(n, y.length));
        double[][] cov = new double[covariates.length][];
        for (int i = 0; i < cov.length; i++) {
            cov[i] = Arrays.copyOf(covariates[i], k);
        }
        return new SalesSeries(id, start, Arrays.copyOf(y, k), cov);
    }

    /** Periods {@code from} (inclusive) to {@code to} (exclusive). */
    public SalesSeries slice(Frequency frequency, int from, int to) {
        double[][] cov = new double[covariates.length][];
        for (int i = 0; i < cov.length; i++) {
            cov[i] = Arrays.copyOfRange(covariates[i], from, to);
        }
        return new SalesSeries(id, frequency.step(start, from), Arrays.copyOfRange(y, from, to), cov);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesSeries s && id.equals(s.id) && start.equals(s.start)
                && Arrays.equals(y, s.y) && Arrays.deepEquals(covariates, s.covariates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "SalesSeries[" + id + ", start=" + start + ", length=" + y.length + "]";
    }
}
