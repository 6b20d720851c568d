package io.salescast.forecast.baseline;

import java.util.Arrays;

/**
 * The states of an ETS model at one time: level, trend and the last {@code m} seasonal values.
 *
 * @param level  level l
 * @param trend  trend b (0 without trend)
 * @param season seasonal states, most recent first: {@code season[0]} = s_t,
 *               {@code season[m-1]} = s_{t-m+1}, which is the one used for the next period
 *               (empty without seasonality)
 */
public record EtsState(double level, double trend, double[] season) {

    /** Copies the array. */
    public EtsState {
        season = season.clone();
    }

    @Override
    public double[] season() {
        return season.clone();
    }

    /** Package-private access without copying. */
    double[] seasonUnsafe() {
        return season;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EtsState s && level == s.level && trend == s.trend && Arrays.equals(season, s.season);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(level) * 31 + Arrays.hashCode(season);
    }

    @Override
    public String toString() {
        return "EtsState[l=" + level + ", b=" + trend + ", s=" + Arrays.toString(season) + "]";
    }
}
