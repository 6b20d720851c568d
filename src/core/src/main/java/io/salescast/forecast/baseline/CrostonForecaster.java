package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

import java.util.Locale;

/**
 * Intermittent-demand methods for sparse items (many periods without sales), following the
 * definitions of Nixtla statsforecast:
 * <ul>
 *   <li>{@link Variant#CLASSIC} Croston (1972): simple exponential smoothing (SES) of the
 *       non-zero demand sizes divided by SES of the intervals between them;</li>
 *   <li>{@link Variant#SBA} Syntetos-Boylan approximation: Croston times {@code 1 - alpha/2};</li>
 *   <li>{@link Variant#TSB} Teunter-Syntetos-Babai: SES of the demand occurrence (0/1, every
 *       period, smoothing {@code alphaProbability}) times SES of the non-zero sizes
 *       ({@code alpha}); unlike Croston it decays towards zero for items that stopped selling.</li>
 * </ul>
 * Each SES starts at its first value. Values of zero or below count as "no demand"; missing
 * periods are skipped. A series without any demand forecasts zero.
 *
 * @param alias            column name
 * @param variant          which method
 * @param alpha            smoothing of demand sizes (and intervals), in (0, 1]
 * @param alphaProbability TSB smoothing of the demand probability, in (0, 1] (ignored otherwise)
 * @param nonNegative      clamp at zero
 */
public record CrostonForecaster(String alias, Variant variant, double alpha, double alphaProbability, boolean nonNegative)
        implements LocalForecaster {

    /** The intermittent-demand method. */
    public enum Variant {
        /** Croston's original method. */
        CLASSIC,
        /** Syntetos-Boylan approximation (bias-corrected Croston). */
        SBA,
        /** Teunter-Syntetos-Babai. */
        TSB
    }

    /** Default alias of the classic method. */
    public static final String ALIAS = "croston";
    /** Default alias of SBA. */
    public static final String ALIAS_SBA = "croston_sba";
    /** Default alias of TSB. */
    public static final String ALIAS_TSB = "tsb";
    /** Default smoothing (statsforecast's CrostonClassic/SBA use 0.1). */
    public static final double DEFAULT_ALPHA = 0.1;

    /** Validates. */
    public CrostonForecaster {
        Baselines.checkAlias(alias);
        java.util.Objects.requireNonNull(variant, "variant");
        if (!(alpha > 0 && alpha <= 1) || !(alphaProbability > 0 && alphaProbability <= 1)) {
            throw new IllegalArgumentException("smoothing parameters must be in (0, 1]");
        }
    }

    /** Classic Croston, alias {@code croston}, alpha 0.1. */
    public static CrostonForecaster classic() {
        return new CrostonForecaster(ALIAS, Variant.CLASSIC, DEFAULT_ALPHA, DEFAULT_ALPHA, true);
    }

    /** SBA, alias {@code croston_sba}, alpha 0.1. */
    public static CrostonForecaster sba() {
        return new CrostonForecaster(ALIAS_SBA, Variant.SBA, DEFAULT_ALPHA, DEFAULT_ALPHA, true);
    }

    /** TSB, alias {@code tsb}, both smoothing parameters 0.1. */
    public static CrostonForecaster tsb() {
        return new CrostonForecaster(ALIAS_TSB, Variant.TSB, DEFAULT_ALPHA, DEFAULT_ALPHA, true);
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        double[] obs = SeriesValues.compact(y);
        String description = switch (variant) {
            case CLASSIC -> String.format(Locale.ROOT, "Croston (alpha=%.2f)", alpha);
            case SBA -> String.format(Locale.ROOT, "Croston SBA (alpha=%.2f)", alpha);
            case TSB -> String.format(Locale.ROOT, "TSB (alpha=%.2f, alpha_p=%.2f)", alpha, alphaProbability);
        };
        int demands = 0;
        for (double v : obs) {
            if (v > 0) {
                demands++;
            }
        }
        if (demands == 0) {
            return SimpleModel.flat(0, description,
                    obs.length == 0 ? "no observed values: forecasting 0" : "no demand in the history: forecasting 0");
        }
        double[] sizes = new double[demands];
        double[] intervals = new double[demands];
        double[] occurrence = new double[obs.length];
        int k = 0;
        int previous = -1;
        for (int t = 0; t < obs.length; t++) {
            if (obs[t] > 0) {
                sizes[k] = obs[t];
                intervals[k] = t - previous;
                previous = t;
                occurrence[t] = 1;
                k++;
            }
        }
        double size = sesForecast(sizes, alpha);
        double value = switch (variant) {
            case CLASSIC -> size / sesForecast(intervals, alpha);
            case SBA -> (1 - alpha / 2) * size / sesForecast(intervals, alpha);
            case TSB -> sesForecast(occurrence, alphaProbability) * size;
        };
        return SimpleModel.flat(value, description, null);
    }

    /**
     * Simple exponential smoothing started at the first value: the level after the last value,
     * i.e. the one-step forecast.
     */
    static double sesForecast(double[] x, double alpha) {
        double level = x[0];
        for (int i = 1; i < x.length; i++) {
            level = alpha * x[i - 1] + (1 - alpha) * level;
        }
        return alpha * x[x.length - 1] + (1 - alpha) * level;
    }
}
