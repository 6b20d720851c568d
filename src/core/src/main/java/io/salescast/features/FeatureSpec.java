package io.salescast.features;

import io.salescast.series.Frequency;

import java.util.List;
import java.util.Set;

/**
 * Declarative description of the features a global model sees. Serialisable to JSON (plain
 * record of lists, sets and enums). Feature names are predictable: {@code lag_7},
 * {@code rolling_mean_28_lag_7}, {@code dow}, {@code promo}...
 *
 * @param lags            target lags in periods
 * @param rolling         rolling-window statistics of the lagged target
 * @param calendar        calendar features to add
 * @param festivals       whether built-in festival/holiday features are added
 * @param eventWindow     periods before/after each event flagged as "near event"
 * @param customEvents    user-supplied named event dates (ISO), e.g. {@code "store_anniversary:2024-05-20"}
 * @param covariates      known-future covariates to use as features (panel covariate names)
 * @param priceFeatures   whether derived price features (relative price, price change) are added
 * @param attributes      static attribute names to encode (category, brand...)
 * @param ageSinceLaunch  whether the periods since the series' first sale are a feature
 * @param transform       target transform applied before training and inverted on output
 */
public record FeatureSpec(
        List<Integer> lags,
        List<RollingFeature> rolling,
        Set<CalendarFeature> calendar,
        boolean festivals,
        int eventWindow,
        List<String> customEvents,
        List<String> covariates,
        boolean priceFeatures,
        List<String> attributes,
        boolean ageSinceLaunch,
        TargetTransform transform) {

    /** Rolling statistic of the target over {@code window} periods ending {@code lag} periods back. */
    public record RollingFeature(Stat stat, int window, int lag) {
        /** Statistic of a rolling window. */
        public enum Stat { MEAN, STD, MIN, MAX }

        /** Predictable feature name, e.g. {@code rolling_mean_28_lag_7}. */
        public String name() {
            return "rolling_" + stat.name().toLowerCase(java.util.Locale.ROOT) + "_" + window + "_lag_" + lag;
        }
    }

    /** Calendar features. */
    public enum CalendarFeature { DAY_OF_WEEK, DAY_OF_MONTH, WEEK_OF_YEAR, MONTH, QUARTER, WEEKEND, MONTH_START, MONTH_END }

    /** Target transforms, inverted on output. */
    public enum TargetTransform { NONE, LOG1P, SERIES_SCALE }

    /** Copies the collections. */
    public FeatureSpec {
        lags = List.copyOf(lags);
        rolling = List.copyOf(rolling);
        calendar = calendar.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(calendar);
        customEvents = List.copyOf(customEvents);
        covariates = List.copyOf(covariates);
        attributes = List.copyOf(attributes);
    }

    /** A spec with no features (local methods ignore features). */
    public static FeatureSpec none() {
        return new FeatureSpec(List.of(), List.of(), Set.of(), false, 0, List.of(), List.of(), false, List.of(), false,
                TargetTransform.NONE);
    }
}
