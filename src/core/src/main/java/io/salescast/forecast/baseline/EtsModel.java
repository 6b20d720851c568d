package io.salescast.forecast.baseline;

import java.util.Objects;

/**
 * A fitted ETS model of one series: its type, parameters, initial and final states and fit
 * statistics. Point forecasts follow the state recursions without errors (as R forecast and
 * statsmodels report them). Immutable.
 *
 * @param type        model type, e.g. ETS(M,Ad,M)
 * @param params      smoothing parameters
 * @param initial     initial states (before the first period)
 * @param last        states after the last period
 * @param logLik      Gaussian log-likelihood (statsmodels' definition, including constants)
 * @param parameters  number of estimated quantities: smoothing parameters, free initial states and
 *                    the error variance (R forecast's count)
 * @param observed    number of observed values fitted
 * @param sigma2      maximum-likelihood variance of the (relative, for multiplicative errors) errors
 * @param note        why a simpler model was used, or null
 */
public record EtsModel(EtsType type, EtsParams params, EtsState initial, EtsState last, double logLik,
                       int parameters, int observed, double sigma2, String note) implements SeriesModel {

    /** Validates. */
    public EtsModel {
        Objects.requireNonNull(type);
        Objects.requireNonNull(params);
        Objects.requireNonNull(initial);
        Objects.requireNonNull(last);
    }

    /**
     * Runs a model with fixed parameters and initial states over {@code y} (no estimation).
     *
     * @param parameters number of estimated quantities to charge in information criteria
     */
    public static EtsModel filter(EtsType type, EtsParams params, EtsState initial, double[] y, int parameters) {
        EtsFilter.Result r = EtsFilter.run(type, params, initial, y, false);
        return new EtsModel(type, params, initial, r.last(), r.logLikelihood(), parameters, r.observed(), r.sigma2(), null);
    }

    /** One-step-ahead fitted values over {@code y} (the history this model was fitted on). */
    public double[] fitted(double[] y) {
        return EtsFilter.run(type, params, initial, y, true).fitted();
    }

    @Override
    public double[] forecast(int horizon) {
        return EtsFilter.forecast(type, params, last, horizon);
    }

    /**
     * Analytic forecast standard deviations for the linear models (additive error, no
     * multiplicative component), from Hyndman et al. (2008, table 6.1):
     * {@code v_h = sigma^2 (1 + sum_{j<h} c_j^2)} with {@code c_j = alpha + beta phi_j + gamma d_j},
     * {@code phi_j = phi + ... + phi^j} (j for undamped trends) and {@code d_j = 1} when j is a
     * multiple of the season; sigma^2 = SSE / (n - parameters), as R forecast uses. Null for
     * models with a multiplicative component (the engine calibrates conformal intervals).
     */
    @Override
    public double[] forecastSd(int horizon) {
        if (type.error() != EtsType.Error.A || type.season() == EtsType.Season.M || observed <= parameters) {
            return null;
        }
        double s2 = sigma2 * observed / (observed - parameters);
        int m = last.seasonUnsafe().length;
        double phi = type.damped() ? params.phi() : 1;
        double[] sd = new double[horizon];
        double sum = 0;
        double phiJ = 0;
        double phiPow = 1;
        for (int h = 1; h <= horizon; h++) {
            sd[h - 1] = Math.sqrt(s2 * (1 + sum));
            phiPow *= phi;
            phiJ += phiPow;
            double c = params.alpha() + (type.hasTrend() ? params.beta() * phiJ : 0)
                    + (type.hasSeason() && h % m == 0 ? params.gamma() : 0);
            sum += c * c;
        }
        return sd;
    }

    /** Akaike's information criterion, -2 logLik + 2k. */
    public double aic() {
        return -2 * logLik + 2 * parameters;
    }

    /** AIC corrected for small samples; +infinity when there are too few observations. */
    public double aicc() {
        int k = parameters;
        double denominator = observed - k - 1.0;
        return denominator <= 0 ? Double.POSITIVE_INFINITY : aic() + 2.0 * k * (k + 1) / denominator;
    }

    /** Bayesian information criterion, -2 logLik + log(n) k. */
    public double bic() {
        return -2 * logLik + Math.log(observed) * parameters;
    }

    @Override
    public String description() {
        return type.toString();
    }
}
