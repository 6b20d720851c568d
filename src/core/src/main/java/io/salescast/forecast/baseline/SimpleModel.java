package io.salescast.forecast.baseline;

import java.util.Arrays;

/**
 * A fitted model whose forecast repeats a fixed pattern (a flat level, or one season of values),
 * with an optional analytic error standard deviation per step.
 *
 * @param pattern     values repeated over the horizon (length 1 for a flat forecast)
 * @param sdStep1     one-step error standard deviation, or NaN when unknown
 * @param sdGrowth    how the sd grows with the step h: {@link SdGrowth}
 * @param description what was fitted
 * @param note        why the method fell back, or null
 */
record SimpleModel(double[] pattern, double sdStep1, SdGrowth sdGrowth, String description, String note)
        implements SeriesModel {

    /** How the error standard deviation grows with the step h (Hyndman & Athanasopoulos, fpp3 5.5). */
    enum SdGrowth {
        /** Random walk: sd * sqrt(h). */
        RANDOM_WALK,
        /** Seasonal random walk with season m = pattern length: sd * sqrt(floor((h-1)/m) + 1). */
        SEASONAL,
        /** Mean of T observations: sd * sqrt(1 + 1/T); the factor is precomputed into sdStep1. */
        CONSTANT,
        /** No analytic interval. */
        NONE
    }

    static SimpleModel flat(double level, String description, String note) {
        return new SimpleModel(new double[] {level}, Double.NaN, SdGrowth.NONE, description, note);
    }

    @Override
    public double[] forecast(int horizon) {
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = pattern[h % pattern.length];
        }
        return out;
    }

    @Override
    public double[] forecastSd(int horizon) {
        if (sdGrowth == SdGrowth.NONE || Double.isNaN(sdStep1)) {
            return null;
        }
        double[] sd = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            sd[h - 1] = switch (sdGrowth) {
                case RANDOM_WALK -> sdStep1 * Math.sqrt(h);
                case SEASONAL -> sdStep1 * Math.sqrt(Math.floor((h - 1.0) / pattern.length) + 1);
                case CONSTANT -> sdStep1;
                case NONE -> Double.NaN;
            };
        }
        return sd;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimpleModel s && Arrays.equals(pattern, s.pattern) && description.equals(s.description);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pattern) * 31 + description.hashCode();
    }
}
