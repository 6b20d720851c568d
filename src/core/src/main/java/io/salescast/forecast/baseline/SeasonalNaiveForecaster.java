package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

/**
 * Seasonal naive method: each forecast equals the last observed value of the same season
 * position (same weekday for daily data, same month for monthly data). Needs one full season
 * of history; shorter series fall back to the naive method (noted). A season position without
 * any observed value takes the last observed value.
 *
 * @param alias        column name (default {@code seasonal_naive})
 * @param seasonLength season length in periods; 0 takes the frequency's season length
 * @param nonNegative  clamp at zero
 */
public record SeasonalNaiveForecaster(String alias, int seasonLength, boolean nonNegative) implements LocalForecaster {

    /** Stable default alias. */
    public static final String ALIAS = "seasonal_naive";

    /** Validates. */
    public SeasonalNaiveForecaster {
        Baselines.checkAlias(alias);
        if (seasonLength < 0) {
            throw new IllegalArgumentException("season length must be >= 0");
        }
    }

    /** The default: alias {@code seasonal_naive}, season of the frequency, non-negative. */
    public SeasonalNaiveForecaster() {
        this(ALIAS, 0, true);
    }

    /** Season length used for {@code frequency}. */
    public int season(Frequency frequency) {
        return seasonLength > 0 ? seasonLength : frequency.seasonLength();
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        int m = season(frequency);
        int n = y.length;
        if (m <= 1) {
            return NaiveForecaster.fit(y, "seasonal naive (m=1)", null);
        }
        if (n < m) {
            return NaiveForecaster.fit(y, "naive",
                    "only " + n + " periods, less than one season of " + m + ": naive forecast");
        }
        int last = SeriesValues.lastObserved(y);
        if (last < 0) {
            return SimpleModel.flat(0, "seasonal naive", "no observed values: forecasting 0");
        }
        double[] pattern = new double[m];
        for (int k = 0; k < m; k++) {
            double v = Double.NaN;
            for (int t = n + k - m; t >= 0 && Double.isNaN(v); t -= m) {
                v = y[t];
            }
            pattern[k] = Double.isNaN(v) ? y[last] : v;
        }
        double sd = SeriesValues.lagResidualSd(y, m);
        return new SimpleModel(pattern, sd, SimpleModel.SdGrowth.SEASONAL, "seasonal naive (m=" + m + ")", null);
    }
}
