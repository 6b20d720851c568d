package io.salescast.forecast.baseline;

/**
 * The ETS recursions (R forecast's {@code etscalc}, statsmodels' ETSModel): one-step forecasts,
 * state updates and the Gaussian log-likelihood for given parameters and initial states. The
 * state updates are the same for additive and multiplicative errors; the error type only changes
 * the likelihood. A missing observation (NaN) leaves the states on their forecast path and does
 * not count in the likelihood.
 */
final class EtsFilter {

    private EtsFilter() {
    }

    /**
     * Result of filtering a series.
     *
     * @param fitted    one-step forecasts (NaN where the model broke down)
     * @param observed  number of observed values used in the likelihood
     * @param sse       sum of squared errors (relative errors for multiplicative error models)
     * @param sumLogAbsFitted sum of log |fitted| over observed periods (multiplicative errors only)
     * @param valid     false when a multiplicative model produced a non-positive forecast
     * @param last      states after the last period
     */
    record Result(double[] fitted, int observed, double sse, double sumLogAbsFitted, boolean valid, EtsState last) {

        /** Gaussian log-likelihood with the error variance at its maximum-likelihood value. */
        double logLikelihood() {
            if (!valid || observed == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            double s2 = Math.max(sse / observed, Double.MIN_NORMAL);
            return -0.5 * observed * (Math.log(2 * Math.PI * s2) + 1) - sumLogAbsFitted;
        }

        /** Maximum-likelihood error variance (of relative errors for multiplicative error models). */
        double sigma2() {
            return observed == 0 ? Double.NaN : sse / observed;
        }
    }

    /**
     * Runs the recursions.
     *
     * @param keepFitted whether to keep the fitted values (false inside the optimiser)
     */
    static Result run(EtsType type, EtsParams p, EtsState init, double[] y, boolean keepFitted) {
        int m = init.seasonUnsafe().length;
        double[] s = init.seasonUnsafe().clone();
        double l = init.level();
        double b = type.hasTrend() ? init.trend() : 0;
        double phi = type.damped() ? p.phi() : 1;
        boolean addSeason = type.season() == EtsType.Season.A;
        boolean mulSeason = type.season() == EtsType.Season.M;
        boolean mulError = type.error() == EtsType.Error.M;
        double betaStar = type.hasTrend() ? p.beta() / p.alpha() : 0;
        double[] fitted = keepFitted ? new double[y.length] : null;
        double sse = 0;
        double sumLog = 0;
        int observed = 0;
        boolean valid = true;
        for (int t = 0; t < y.length; t++) {
            double phib = type.hasTrend() ? phi * b : 0;
            double q = l + phib;
            double old = m > 0 ? s[m - 1] : 0;
            double yhat = mulSeason ? q * old : addSeason ? q + old : q;
            if (keepFitted) {
                fitted[t] = yhat;
            }
            double yt = y[t];
            if (Double.isNaN(yt)) {
                l = q;
                b = phib;
                shift(s, old);
                continue;
            }
            if (mulError) {
                if (!(yhat > 0)) {
                    valid = false;
                    if (!keepFitted) {
                        break;
                    }
                }
                double e = (yt - yhat) / yhat;
                sse += e * e;
                sumLog += Math.log(Math.abs(yhat));
            } else {
                double e = yt - yhat;
                sse += e * e;
            }
            observed++;
            double pl = mulSeason ? yt / old : addSeason ? yt - old : yt;
            double newL = q + p.alpha() * (pl - q);
            if (type.hasTrend()) {
                b = phib + betaStar * (newL - l - phib);
            }
            if (m > 0) {
                double ts = mulSeason ? yt / q : yt - q;
                shift(s, old + p.gamma() * (ts - old));
            }
            l = newL;
        }
        return new Result(fitted, observed, sse, sumLog, valid, new EtsState(l, b, s));
    }

    private static void shift(double[] s, double newest) {
        int m = s.length;
        if (m == 0) {
            return;
        }
        System.arraycopy(s, 0, s, 1, m - 1);
        s[0] = newest;
    }

    /** Point forecasts for 1..horizon periods after the state {@code last}. */
    static double[] forecast(EtsType type, EtsParams p, EtsState last, int horizon) {
        double[] s = last.seasonUnsafe();
        int m = s.length;
        double phi = type.damped() ? p.phi() : 1;
        double[] out = new double[horizon];
        double phiSum = 0;
        double phiPow = 1;
        for (int h = 1; h <= horizon; h++) {
            phiPow *= phi;
            phiSum += phiPow;
            double q = last.level() + (type.hasTrend() ? phiSum * last.trend() : 0);
            if (type.hasSeason()) {
                double sv = s[m - 1 - ((h - 1) % m)];
                q = type.season() == EtsType.Season.M ? q * sv : q + sv;
            }
            out[h - 1] = q;
        }
        return out;
    }
}
