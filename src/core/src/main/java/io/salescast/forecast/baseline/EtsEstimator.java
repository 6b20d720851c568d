package io.salescast.forecast.baseline;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood estimation of one ETS model: smoothing parameters and initial states are
 * optimised together with Nelder-Mead (as R forecast::ets does), inside the "usual" bounds
 * {@code 1e-4 <= alpha <= 0.9999}, {@code 1e-4 <= beta <= alpha}, {@code 1e-4 <= gamma <= 1 - alpha},
 * {@code 0.8 <= phi <= 0.98}. The last seasonal state follows from the others (seasonal states sum
 * to 0, or to m when multiplicative).
 */
final class EtsEstimator {

    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;
    private static final double PENALTY = 1e12;

    private EtsEstimator() {
    }

    /** Layout of the parameter vector of one model type. */
    private record Layout(EtsType type, int m) {
        int size() {
            return 2 + (type.hasTrend() ? 2 : 0) + (type.damped() ? 1 : 0) + (type.hasSeason() ? m : 0);
        }

        double[] pack(EtsParams p, EtsState s) {
            double[] x = new double[size()];
            int i = 0;
            x[i++] = p.alpha();
            if (type.hasTrend()) {
                x[i++] = p.beta();
            }
            if (type.damped()) {
                x[i++] = p.phi();
            }
            if (type.hasSeason()) {
                x[i++] = p.gamma();
            }
            x[i++] = s.level();
            if (type.hasTrend()) {
                x[i++] = s.trend();
            }
            double[] season = s.seasonUnsafe();
            for (int j = 0; j < m - 1 && type.hasSeason(); j++) {
                x[i++] = season[j];
            }
            return x;
        }

        EtsParams params(double[] x) {
            int i = 0;
            double alpha = x[i++];
            double beta = type.hasTrend() ? x[i++] : 0;
            double phi = type.damped() ? x[i++] : 1;
            double gamma = type.hasSeason() ? x[i] : 0;
            return new EtsParams(alpha, beta, gamma, phi);
        }

        EtsState state(double[] x) {
            int i = 1 + (type.hasTrend() ? 1 : 0) + (type.damped() ? 1 : 0) + (type.hasSeason() ? 1 : 0);
            double level = x[i++];
            double trend = type.hasTrend() ? x[i++] : 0;
            double[] season = new double[type.hasSeason() ? m : 0];
            if (type.hasSeason()) {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) {
                    season[j] = x[i++];
                    sum += season[j];
                }
                season[m - 1] = (type.season() == EtsType.Season.M ? m : 0) - sum;
            }
            return new EtsState(level, trend, season);
        }

        /** How far x lies outside the bounds (0 inside). */
        double violation(EtsParams p, EtsState s) {
            double v = outside(p.alpha(), LOWER, UPPER);
            if (type.hasTrend()) {
                v += outside(p.beta(), LOWER, p.alpha());
            }
            if (type.damped()) {
                v += outside(p.phi(), PHI_LOWER, PHI_UPPER);
            }
            if (type.hasSeason()) {
                v += outside(p.gamma(), LOWER, 1 - p.alpha());
                if (type.season() == EtsType.Season.M) {
                    for (double sv : s.seasonUnsafe()) {
                        v += sv <= 0 ? 1 - sv : 0;
                    }
                }
            }
            return v;
        }

        private static double outside(double v, double lo, double hi) {
            return v < lo ? lo - v : v > hi ? v - hi : 0;
        }
    }

    /** Number of estimated quantities including the error variance (for information criteria). */
    static int parameterCount(EtsType type, int m) {
        return new Layout(type, m).size() + 1;
    }

    /**
     * Fits {@code type} to {@code y} by maximum likelihood.
     *
     * @param maxEvaluations likelihood evaluations allowed per Nelder-Mead run (two runs: a
     *                       restart from the first optimum)
     * @return the fitted model, or null when no admissible parameters were found
     */
    static EtsModel fit(EtsType type, int m, double[] y, int maxEvaluations) {
        Layout layout = new Layout(type, m);
        EtsState init0 = EtsInit.initial(type, m, y);
        int mm = type.hasSeason() ? m : 1;
        double alpha = LOWER + 0.2 * (UPPER - LOWER) / mm;
        double beta = type.hasTrend() ? LOWER + 0.1 * (alpha - LOWER) : 0;
        double gamma = type.hasSeason() ? LOWER + 0.05 * (1 - alpha - LOWER) : 0;
        double phi = type.damped() ? PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER) : 1;
        double[] start = layout.pack(new EtsParams(alpha, beta, gamma, phi), init0);
        double scale = scale(y);
        double[] steps = steps(layout, start, scale);

        Best best = new Best();
        ObjectiveFunction objective = new ObjectiveFunction(x -> {
            EtsParams p = layout.params(x);
            EtsState s = layout.state(x);
            double v = layout.violation(p, s);
            double value;
            if (v > 0) {
                value = PENALTY * (1 + v);
            } else {
                double ll = EtsFilter.run(type, p, s, y, false).logLikelihood();
                value = Double.isFinite(ll) ? -2 * ll : PENALTY;
            }
            best.offer(x, value);
            return value;
        });
        optimise(objective, start, steps, maxEvaluations);
        if (best.x != null) {
            optimise(objective, best.x.clone(), steps, maxEvaluations);
        }
        if (best.x == null || best.value >= PENALTY) {
            return null;
        }
        EtsParams p = layout.params(best.x);
        EtsState s = layout.state(best.x);
        EtsFilter.Result r = EtsFilter.run(type, p, s, y, false);
        return new EtsModel(type, p, s, r.last(), r.logLikelihood(), layout.size() + 1, r.observed(), r.sigma2(), null);
    }

    private static void optimise(ObjectiveFunction objective, double[] start, double[] steps, int maxEvaluations) {
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-8, 1e-10);
        try {
            optimizer.optimize(new MaxEval(maxEvaluations), new MaxIter(maxEvaluations), objective, GoalType.MINIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(steps));
        } catch (TooManyEvaluationsException | org.apache.commons.math3.exception.TooManyIterationsException e) {
            // keep the best point seen so far (R's optim also stops at maxit)
        }
    }

    private static double[] steps(Layout layout, double[] start, double scale) {
        double[] steps = new double[start.length];
        EtsType type = layout.type();
        int i = 0;
        steps[i++] = 0.05;
        if (type.hasTrend()) {
            steps[i++] = 0.01;
        }
        if (type.damped()) {
            steps[i++] = 0.02;
        }
        if (type.hasSeason()) {
            steps[i++] = 0.02;
        }
        steps[i++] = 0.2 * scale;
        if (type.hasTrend()) {
            steps[i++] = 0.02 * scale;
        }
        while (i < steps.length) {
            steps[i++] = type.season() == EtsType.Season.M ? 0.02 : 0.1 * scale;
        }
        return steps;
    }

    /** Typical size of the series' movements: standard deviation, or a fraction of the level. */
    private static double scale(double[] y) {
        double[] obs = SeriesValues.compact(y);
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

        void offer(double[] candidate, double v) {
            if (v < value) {
                value = v;
                x = candidate.clone();
            }
        }
    }
}
