package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

/**
 * Moving average: every forecast equals the mean of the last {@code window} observed values
 * (missing periods are skipped). With fewer observations, the mean of all of them (noted).
 *
 * @param alias       column name (default {@code moving_average})
 * @param window      number of observations averaged; 0 takes {@link #defaultWindow(Frequency)}
 * @param nonNegative clamp at zero
 */
public record MovingAverageForecaster(String alias, int window, boolean nonNegative) implements LocalForecaster {

    /** Stable default alias. */
    public static final String ALIAS = "moving_average";

    /** Validates. */
    public MovingAverageForecaster {
        Baselines.checkAlias(alias);
        if (window < 0) {
            throw new IllegalArgumentException("window must be >= 0");
        }
    }

    /** The default: alias {@code moving_average}, window by frequency, non-negative. */
    public MovingAverageForecaster() {
        this(ALIAS, 0, true);
    }

    /** Default window: 7 days (one week), 4 weeks, 3 months. */
    public static int defaultWindow(Frequency frequency) {
        return switch (frequency) {
            case DAILY -> 7;
            case WEEKLY -> 4;
            case MONTHLY -> 3;
        };
    }

    /** Window used for {@code frequency}. */
    public int window(Frequency frequency) {
        return window > 0 ? window : defaultWindow(frequency);
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        int w = window(frequency);
        double[] obs = SeriesValues.compact(y);
        String description = "moving average (" + w + ")";
        if (obs.length == 0) {
            return SimpleModel.flat(0, description, "no observed values: forecasting 0");
        }
        int k = Math.min(w, obs.length);
        double s = 0;
        for (int i = obs.length - k; i < obs.length; i++) {
            s += obs[i];
        }
        String note = k < w ? "only " + k + " observations, fewer than the window of " + w + ": mean of all" : null;
        return SimpleModel.flat(s / k, description, note);
    }
}
