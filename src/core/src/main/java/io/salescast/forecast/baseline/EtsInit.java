package io.salescast.forecast.baseline;

/**
 * Heuristic initial states for ETS (after R forecast's {@code initstate}): classical
 * decomposition of the first three seasons (at least two) for the seasonal states, then a linear
 * regression on the first max(10, 2m) seasonally adjusted values for level and trend. Only used
 * as starting values of the likelihood optimisation.
 */
final class EtsInit {

    private EtsInit() {
    }

    /** Missing values filled by linear interpolation (ends by the nearest observed value). */
    static double[] interpolate(double[] y) {
        double[] out = y.clone();
        int prev = -1;
        for (int t = 0; t < out.length; t++) {
            if (Double.isNaN(out[t])) {
                continue;
            }
            if (prev < 0) {
                for (int k = 0; k < t; k++) {
                    out[k] = out[t];
                }
            } else {
                for (int k = prev + 1; k < t; k++) {
                    out[k] = out[prev] + (out[t] - out[prev]) * (k - prev) / (t - prev);
                }
            }
            prev = t;
        }
        for (int k = prev + 1; k < out.length && prev >= 0; k++) {
            out[k] = out[prev];
        }
        return out;
    }

    /** Starting states for {@code type} with season {@code m} (m used only when seasonal). */
    static EtsState initial(EtsType type, int m, double[] yRaw) {
        double[] y = interpolate(yRaw);
        int n = y.length;
        double[] sa = y;
        double[] season = new double[0];
        if (type.hasSeason()) {
            boolean mul = type.season() == EtsType.Season.M;
            double[] index = seasonalIndex(y, m, mul);
            season = new double[m];
            for (int j = 0; j < m; j++) {
                season[j] = index[m - 1 - j];
            }
            sa = new double[n];
            for (int t = 0; t < n; t++) {
                sa[t] = mul ? y[t] / index[t % m] : y[t] - index[t % m];
            }
        }
        int maxn = Math.min(Math.max(10, 2 * (type.hasSeason() ? m : 1)), n);
        double level;
        double trend = 0;
        if (!type.hasTrend()) {
            double sum = 0;
            for (int t = 0; t < maxn; t++) {
                sum += sa[t];
            }
            level = sum / maxn;
        } else {
            double mx = (maxn + 1) / 2.0;
            double my = 0;
            for (int t = 0; t < maxn; t++) {
                my += sa[t];
            }
            my /= maxn;
            double sxy = 0;
            double sxx = 0;
            for (int t = 0; t < maxn; t++) {
                sxy += (t + 1 - mx) * (sa[t] - my);
                sxx += (t + 1 - mx) * (t + 1 - mx);
            }
            trend = sxx == 0 ? 0 : sxy / sxx;
            level = my - trend * mx;
            if (type.error() == EtsType.Error.M && Math.abs(level + trend) < 1e-8) {
                level *= 1 + 1e-3;
                trend *= 1 - 1e-3;
            }
        }
        return new EtsState(level, trend, season);
    }

    /**
     * Seasonal index by phase (phase 0 = first period) from a classical decomposition of the
     * first min(n, 3m) values with a centred moving average; normalised to sum 0 (additive) or
     * m (multiplicative).
     */
    static double[] seasonalIndex(double[] y, int m, boolean mul) {
        int n = Math.min(y.length, 3 * m);
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t + half < n; t++) {
            double trend;
            if (m % 2 == 0) {
                double s = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int k = t - half + 1; k < t + half; k++) {
                    s += y[k];
                }
                trend = s / m;
            } else {
                double s = 0;
                for (int k = t - half; k <= t + half; k++) {
                    s += y[k];
                }
                trend = s / m;
            }
            double d = mul ? (trend == 0 ? 1 : y[t] / trend) : y[t] - trend;
            sum[t % m] += d;
            count[t % m]++;
        }
        double[] index = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            index[j] = count[j] == 0 ? (mul ? 1 : 0) : sum[j] / count[j];
            total += index[j];
        }
        for (int j = 0; j < m; j++) {
            if (mul) {
                index[j] = Math.max(index[j] * m / total, 1e-2);
            } else {
                index[j] -= total / m;
            }
        }
        return index;
    }
}
