package io.salescast.forecast.baseline;

/**
 * -2 log-likelihood of one ETS model type on one series as a function of a parameter vector in
 * box-constrained coordinates, evaluated without allocation (the optimiser calls it thousands of
 * times). Coordinates: alpha; beta* = beta/alpha; phi; gamma* = gamma/(1-alpha); level / unit;
 * trend / unit; the first m-1 seasonal states (divided by unit when additive). The last seasonal
 * state follows from the others (they sum to 0, or to m when multiplicative). Not thread-safe:
 * one instance per fit.
 */
final class EtsObjective {

    /** Value returned outside the admissible region. */
    static final double PENALTY = 1e12;

    private final EtsType type;
    private final int m;
    private final double[] y;
    private final double unit;
    private final double[] season;

    EtsObjective(EtsType type, int m, double[] y, double unit) {
        this.type = type;
        this.m = type.hasSeason() ? m : 0;
        this.y = y;
        this.unit = unit;
        this.season = new double[this.m];
    }

    /** Length of the coordinate vector. */
    int size() {
        return 2 + (type.hasTrend() ? 2 : 0) + (type.damped() ? 1 : 0) + (type.hasSeason() ? m : 0);
    }

    /** Scale of the series used for the state coordinates. */
    double unit() {
        return unit;
    }

    /** Coordinates of the given parameters and states. */
    double[] encode(EtsParams p, EtsState s) {
        double[] z = new double[size()];
        int i = 0;
        z[i++] = p.alpha();
        if (type.hasTrend()) {
            z[i++] = p.beta() / p.alpha();
        }
        if (type.damped()) {
            z[i++] = p.phi();
        }
        if (type.hasSeason()) {
            z[i++] = p.gamma() / (1 - p.alpha());
        }
        z[i++] = s.level() / unit;
        if (type.hasTrend()) {
            z[i++] = s.trend() / unit;
        }
        double[] sv = s.seasonUnsafe();
        for (int j = 0; j < m - 1; j++) {
            z[i++] = type.season() == EtsType.Season.M ? sv[j] : sv[j] / unit;
        }
        return z;
    }

    /** Smoothing parameters of coordinates {@code z}. */
    EtsParams params(double[] z) {
        int i = 0;
        double alpha = z[i++];
        double beta = type.hasTrend() ? z[i++] * alpha : 0;
        double phi = type.damped() ? z[i++] : 1;
        double gamma = type.hasSeason() ? z[i] * (1 - alpha) : 0;
        return new EtsParams(alpha, beta, gamma, phi);
    }

    /** Initial states of coordinates {@code z}. */
    EtsState state(double[] z) {
        fillSeason(z);
        int i = firstState();
        double level = z[i++] * unit;
        double trend = type.hasTrend() ? z[i] * unit : 0;
        return new EtsState(level, trend, season);
    }

    private int firstState() {
        return 1 + (type.hasTrend() ? 1 : 0) + (type.damped() ? 1 : 0) + (type.hasSeason() ? 1 : 0);
    }

    private boolean fillSeason(double[] z) {
        if (m == 0) {
            return true;
        }
        boolean mul = type.season() == EtsType.Season.M;
        int i = firstState() + 1 + (type.hasTrend() ? 1 : 0);
        double sum = 0;
        for (int j = 0; j < m - 1; j++) {
            season[j] = mul ? z[i++] : z[i++] * unit;
            sum += season[j];
        }
        season[m - 1] = (mul ? m : 0) - sum;
        if (mul) {
            for (double s : season) {
                if (s <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** -2 log-likelihood at {@code z}, or a large penalty where the model is not defined. */
    double value(double[] z) {
        if (!fillSeason(z)) {
            return PENALTY;
        }
        int i = 0;
        double alpha = z[i++];
        double betaStar = type.hasTrend() ? z[i++] : 0;
        double phi = type.damped() ? z[i++] : 1;
        double gamma = type.hasSeason() ? z[i++] * (1 - alpha) : 0;
        double l = z[i++] * unit;
        double b = type.hasTrend() ? z[i] * unit : 0;
        boolean trend = type.hasTrend();
        boolean mulSeason = type.season() == EtsType.Season.M;
        boolean addSeason = type.season() == EtsType.Season.A;
        boolean mulError = type.error() == EtsType.Error.M;
        double[] s = season;
        double sse = 0;
        double sumLog = 0;
        int n = 0;
        int head = 0; // s[(head + k) % m] is the k-th most recent seasonal state
        for (double yt : y) {
            double phib = trend ? phi * b : 0;
            double q = l + phib;
            int oldIdx = m == 0 ? 0 : (head + m - 1) % m;
            double old = m == 0 ? 0 : s[oldIdx];
            double yhat = mulSeason ? q * old : addSeason ? q + old : q;
            if (Double.isNaN(yt)) {
                l = q;
                b = phib;
                if (m > 0) {
                    head = oldIdx;
                }
                continue;
            }
            if (mulError) {
                if (!(yhat > 0)) {
                    return PENALTY;
                }
                double e = (yt - yhat) / yhat;
                sse += e * e;
                sumLog += Math.log(yhat);
            } else {
                double e = yt - yhat;
                sse += e * e;
            }
            n++;
            double pl = mulSeason ? yt / old : addSeason ? yt - old : yt;
            double newL = q + alpha * (pl - q);
            if (trend) {
                b = phib + betaStar * (newL - l - phib);
            }
            if (m > 0) {
                double ts = mulSeason ? yt / q : yt - q;
                s[oldIdx] = old + gamma * (ts - old);
                head = oldIdx;
            }
            l = newL;
        }
        if (n == 0 || !Double.isFinite(sse)) {
            return PENALTY;
        }
        double s2 = Math.max(sse / n, Double.MIN_NORMAL);
        double v = n * (Math.log(2 * Math.PI * s2) + 1) + 2 * sumLog;
        return Double.isFinite(v) ? v : PENALTY;
    }
}
