package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

/**
 * Naive method: every forecast equals the last observed value. Intervals from the residual sd
 * of one-step naive forecasts, growing with the square root of the step (random walk).
 *
 * @param alias       column name (default {@code naive})
 * @param nonNegative clamp at zero
 */
public record NaiveForecaster(String alias, boolean nonNegative) implements LocalForecaster {

    /** Stable default alias. */
    public static final String ALIAS = "naive";

    /** Validates. */
    public NaiveForecaster {
        Baselines.checkAlias(alias);
    }

    /** The default: alias {@code naive}, non-negative. */
    public NaiveForecaster() {
        this(ALIAS, true);
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        return fit(y, "naive", null);
    }

    /** Naive fit with a given description and note (also the fallback of other methods). */
    static SeriesModel fit(double[] y, String description, String note) {
        int last = SeriesValues.lastObserved(y);
        if (last < 0) {
            return SimpleModel.flat(0, description, Baselines.join(note, "no observed values: forecasting 0"));
        }
        double sd = SeriesValues.lagResidualSd(y, 1);
        return new SimpleModel(new double[] {y[last]}, sd, SimpleModel.SdGrowth.RANDOM_WALK, description, note);
    }
}
