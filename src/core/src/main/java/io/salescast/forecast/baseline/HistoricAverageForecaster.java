package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

/**
 * Historic average: every forecast equals the mean of all observed values. Intervals from the
 * sample standard deviation times sqrt(1 + 1/T) (Hyndman &amp; Athanasopoulos, fpp3 section 5.5).
 *
 * @param alias       column name (default {@code historic_average})
 * @param nonNegative clamp at zero
 */
public record HistoricAverageForecaster(String alias, boolean nonNegative) implements LocalForecaster {

    /** Stable default alias. */
    public static final String ALIAS = "historic_average";

    /** Validates. */
    public HistoricAverageForecaster {
        Baselines.checkAlias(alias);
    }

    /** The default: alias {@code historic_average}, non-negative. */
    public HistoricAverageForecaster() {
        this(ALIAS, true);
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        return fit(y, "historic average", null);
    }

    /** Historic-average fit (also the fallback of other methods). */
    static SeriesModel fit(double[] y, String description, String note) {
        double[] obs = SeriesValues.compact(y);
        if (obs.length == 0) {
            return SimpleModel.flat(0, description, Baselines.join(note, "no observed values: forecasting 0"));
        }
        double mean = SeriesValues.mean(obs);
        double sd = Double.NaN;
        if (obs.length >= 2) {
            double ss = 0;
            for (double v : obs) {
                ss += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(ss / (obs.length - 1)) * Math.sqrt(1 + 1.0 / obs.length);
        }
        return new SimpleModel(new double[] {mean}, sd, SimpleModel.SdGrowth.CONSTANT, description, note);
    }
}
