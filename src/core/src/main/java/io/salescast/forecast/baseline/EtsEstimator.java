package io.salescast.forecast.baseline;

/**
 * Maximum-likelihood estimation of one ETS model: smoothing parameters and initial states are
 * optimised together (as R forecast::ets and statsmodels do) by a projected L-BFGS with numerical
 * gradients ({@link BoxLbfgs}; statsmodels uses scipy's L-BFGS-B the same way). Bounds are R's "usual"
 * ones, {@code 1e-4 <= alpha <= 0.9999}, {@code beta <= alpha}, {@code gamma <= 1 - alpha},
 * {@code 0.8 <= phi <= 0.98}, expressed as a box through beta* = beta/alpha and
 * gamma* = gamma/(1-alpha); states are boxed generously around the data's range. The last
 * seasonal state follows from the others (seasonal states sum to 0, or to m when multiplicative).
 */
final class EtsEstimator {

    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;

    private EtsEstimator() {
    }

    /** Number of estimated quantities including the error variance (for information criteria). */
    static int parameterCount(EtsType type, int m) {
        return 2 + (type.hasTrend() ? 2 : 0) + (type.damped() ? 1 : 0) + (type.hasSeason() ? m : 0) + 1;
    }

    /**
     * Fits {@code type} to {@code y} by maximum likelihood.
     *
     * @param maxEvaluations likelihood evaluations allowed
     * @return the fitted model, or null when no admissible parameters were found
     */
    static EtsModel fit(EtsType type, int m, double[] y, int maxEvaluations) {
        double[] obs = SeriesValues.compact(y);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : obs) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double unit = unit(obs);
        double range = Math.max(max - min, unit);
        EtsObjective objective = new EtsObjective(type, m, y, unit);
        EtsState init0 = EtsInit.initial(type, m, y);
        int mm = type.hasSeason() ? m : 1;
        double alpha = LOWER + 0.2 * (UPPER - LOWER) / mm;
        double beta = LOWER + 0.1 * (alpha - LOWER);
        double gamma = LOWER + 0.05 * (1 - alpha - LOWER);
        double phi = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
        double[] start = objective.encode(new EtsParams(alpha, beta, gamma, phi), init0);
        double[][] bounds = bounds(type, m, objective.size(), min, max, range, unit);
        for (int i = 0; i < start.length; i++) {
            start[i] = Math.min(Math.max(start[i], bounds[0][i]), bounds[1][i]);
        }
        Best best = new Best();
        best.offer(start, objective.value(start));
        BoxLbfgs lbfgs = new BoxLbfgs(z -> best.offer(z, objective.value(z)), bounds[0], bounds[1]);
        lbfgs.minimise(start, maxEvaluations);
        if (best.value >= EtsObjective.PENALTY) {
            return null;
        }
        EtsParams p = objective.params(best.x);
        EtsState s = objective.state(best.x);
        EtsFilter.Result r = EtsFilter.run(type, p, s, y, false);
        return new EtsModel(type, p, s, r.last(), r.logLikelihood(), parameterCount(type, m), r.observed(), r.sigma2(), null);
    }

    private static double[][] bounds(EtsType type, int m, int size, double min, double max, double range, double unit) {
        double[] lo = new double[size];
        double[] hi = new double[size];
        int i = 0;
        lo[i] = LOWER;
        hi[i++] = UPPER;
        if (type.hasTrend()) {
            lo[i] = LOWER;
            hi[i++] = 1;
        }
        if (type.damped()) {
            lo[i] = PHI_LOWER;
            hi[i++] = PHI_UPPER;
        }
        if (type.hasSeason()) {
            lo[i] = LOWER;
            hi[i++] = 1;
        }
        lo[i] = (min - 3 * range) / unit;
        hi[i++] = (max + 3 * range) / unit;
        if (type.hasTrend()) {
            lo[i] = -range / unit;
            hi[i++] = range / unit;
        }
        while (i < size) {
            if (type.season() == EtsType.Season.M) {
                lo[i] = 1e-3;
                hi[i++] = m;
            } else {
                lo[i] = -2 * range / unit;
                hi[i++] = 2 * range / unit;
            }
        }
        return new double[][] {lo, hi};
    }

    /** Typical size of the series' movements: standard deviation, or a fraction of the level. */
    private static double unit(double[] obs) {
        double mean = SeriesValues.mean(obs);
        double ss = 0;
        for (double v : obs) {
            ss += (v - mean) * (v - mean);
        }
        double sd = obs.length > 1 ? Math.sqrt(ss / (obs.length - 1)) : 0;
        return Math.max(sd, Math.max(0.01 * Math.abs(mean), 1e-6));
    }

    /** The best point the optimiser has evaluated. */
    private static final class Best {
        double[] x;
        double value = Double.POSITIVE_INFINITY;

        double offer(double[] candidate, double v) {
            if (v < value || x == null) {
                value = v;
                x = candidate.clone();
            }
            return v;
        }
    }
}
