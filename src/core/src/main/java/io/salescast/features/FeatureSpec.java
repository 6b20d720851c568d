package io.salescast.features;

import io.salescast.series.Frequency;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Declarative description of the features a global model sees. Serialisable to JSON (plain
 * record of lists, sets and enums). Feature names are predictable: {@code lag_7},
 * {@code rolling_mean_28_lag_7}, {@code expanding_mean_lag_1}, {@code ewm_0.1_lag_1},
 * {@code diff_7_lag_1}, {@code dow}, {@code event_christmas_before}, {@code promo},
 * {@code price_rel}... Every feature at period {@code t} uses target values up to {@code t - lag}
 * only, and covariates up to {@code t} (covariates are known in advance); see
 * {@link FeatureBuilder}.
 *
 * @param lags            target lags in periods (at least 1)
 * @param rolling         rolling-window statistics of the lagged target
 * @param calendar        calendar features to add
 * @param festivals       whether built-in festival/holiday features are added ({@link EventCalendar})
 * @param eventWindow     periods before/after each event flagged as "near event"
 * @param customEvents    user-supplied named event dates (ISO), e.g. {@code "store_anniversary:2024-05-20"}
 * @param covariates      known-future covariates to use as features (panel covariate names)
 * @param priceFeatures   whether derived price features (relative price, price change) are added
 * @param attributes      static attribute names to encode (category, brand...)
 * @param ageSinceLaunch  whether the periods since the series' first sale are a feature
 * @param transform       target transform applied before training and inverted on output
 * @param expandingMean   whether the mean of all history up to {@code t - 1} is a feature
 * @param ewmAlphas       smoothing factors of exponentially weighted means of the history up to {@code t - 1}
 * @param differences     differences of the lagged target ({@code y[t-lag] - y[t-lag-period]})
 * @param festivalNames   which built-in festivals to use ({@link EventCalendar#builtIn} names); empty = all
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
        TargetTransform transform,
        boolean expandingMean,
        List<Double> ewmAlphas,
        List<DiffFeature> differences,
        List<String> festivalNames) {

    /** The retail festivals used by default: the shopping festivals and New Year. */
    public static final List<String> DEFAULT_FESTIVALS = List.of("new_year", "valentines_day", "festival_618",
            "singles_day", "black_friday", "cyber_monday", "christmas");

    /** Rolling statistic of the target over {@code window} periods ending {@code lag} periods back. */
    public record RollingFeature(Stat stat, int window, int lag) {
        /** Statistic of a rolling window. */
        public enum Stat { MEAN, STD, MIN, MAX }

        /** Predictable feature name, e.g. {@code rolling_mean_28_lag_7}. */
        public String name() {
            return "rolling_" + stat.name().toLowerCase(Locale.ROOT) + "_" + window + "_lag_" + lag;
        }
    }

    /**
     * Difference of the target between {@code t - lag} and {@code t - lag - period}.
     *
     * @param period distance of the difference (1 = day over day, 7 = week over week for daily data)
     * @param lag    how far back the later of the two values is (at least 1)
     */
    public record DiffFeature(int period, int lag) {
        /** Predictable feature name, e.g. {@code diff_7_lag_1}. */
        public String name() {
            return "diff_" + period + "_lag_" + lag;
        }
    }

    /** Calendar features. */
    public enum CalendarFeature { DAY_OF_WEEK, DAY_OF_MONTH, WEEK_OF_YEAR, MONTH, QUARTER, WEEKEND, MONTH_START, MONTH_END }

    /** Target transforms, inverted on output. */
    public enum TargetTransform { NONE, LOG1P, SERIES_SCALE }

    /** Copies the collections and fills absent ones (older project files) with empty values. */
    public FeatureSpec {
        lags = lags == null ? List.of() : List.copyOf(lags);
        rolling = rolling == null ? List.of() : List.copyOf(rolling);
        calendar = calendar == null || calendar.isEmpty() ? Set.of() : EnumSet.copyOf(calendar);
        customEvents = customEvents == null ? List.of() : List.copyOf(customEvents);
        covariates = covariates == null ? List.of() : List.copyOf(covariates);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        transform = transform == null ? TargetTransform.NONE : transform;
        ewmAlphas = ewmAlphas == null ? List.of() : List.copyOf(ewmAlphas);
        differences = differences == null ? List.of() : List.copyOf(differences);
        festivalNames = festivalNames == null ? List.of() : List.copyOf(festivalNames);
        if (eventWindow < 0) {
            throw new IllegalArgumentException("eventWindow must be >= 0");
        }
    }

    /** The original eleven-component form (no expanding mean, EWM or differences). */
    public FeatureSpec(List<Integer> lags, List<RollingFeature> rolling, Set<CalendarFeature> calendar, boolean festivals,
                       int eventWindow, List<String> customEvents, List<String> covariates, boolean priceFeatures,
                       List<String> attributes, boolean ageSinceLaunch, TargetTransform transform) {
        this(lags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures, attributes,
                ageSinceLaunch, transform, false, List.of(), List.of(), List.of());
    }

    /** A spec with no features (local methods ignore features). */
    public static FeatureSpec none() {
        return new FeatureSpec(List.of(), List.of(), Set.of(), false, 0, List.of(), List.of(), false, List.of(), false,
                TargetTransform.NONE);
    }

    /**
     * A strong default for the frequency, using the usual retail covariates and attributes when
     * the panel has them (names that are absent are skipped by the builder). Daily: lags 1-7, 14,
     * 21, 28, rolling mean/std over 7 and 28 periods, rolling mean 7 ending 28 back, EWM, week-over-
     * week difference, full calendar and the retail festivals ({@link #DEFAULT_FESTIVALS}) with a 10-day window.
     */
    public static FeatureSpec defaults(Frequency frequency) {
        List<String> covs = List.of("price", "discount", "promo");
        List<String> attrs = List.of("category", "brand");
        return switch (frequency) {
            case DAILY -> new FeatureSpec(List.of(1, 2, 3, 4, 5, 6, 7, 14, 21, 28),
                    List.of(roll(RollingFeature.Stat.MEAN, 7, 1), roll(RollingFeature.Stat.MEAN, 28, 1),
                            roll(RollingFeature.Stat.STD, 28, 1), roll(RollingFeature.Stat.MEAN, 7, 7),
                            roll(RollingFeature.Stat.MEAN, 28, 28), roll(RollingFeature.Stat.MAX, 28, 1)),
                    EnumSet.of(CalendarFeature.DAY_OF_WEEK, CalendarFeature.DAY_OF_MONTH, CalendarFeature.WEEK_OF_YEAR,
                            CalendarFeature.MONTH, CalendarFeature.WEEKEND, CalendarFeature.MONTH_START,
                            CalendarFeature.MONTH_END),
                    true, 10, List.of(), covs, true, attrs, true, TargetTransform.NONE,
                    false, List.of(0.1), List.of(new DiffFeature(7, 1)), DEFAULT_FESTIVALS);
            case WEEKLY -> new FeatureSpec(List.of(1, 2, 3, 4, 8, 13, 26, 52),
                    List.of(roll(RollingFeature.Stat.MEAN, 4, 1), roll(RollingFeature.Stat.MEAN, 13, 1),
                            roll(RollingFeature.Stat.STD, 13, 1), roll(RollingFeature.Stat.MEAN, 4, 52)),
                    EnumSet.of(CalendarFeature.WEEK_OF_YEAR, CalendarFeature.MONTH, CalendarFeature.QUARTER),
                    true, 1, List.of(), covs, true, attrs, true, TargetTransform.NONE,
                    false, List.of(0.2), List.of(new DiffFeature(1, 1)), DEFAULT_FESTIVALS);
            case MONTHLY -> new FeatureSpec(List.of(1, 2, 3, 6, 12),
                    List.of(roll(RollingFeature.Stat.MEAN, 3, 1), roll(RollingFeature.Stat.MEAN, 12, 1)),
                    EnumSet.of(CalendarFeature.MONTH, CalendarFeature.QUARTER),
                    true, 0, List.of(), covs, true, attrs, true, TargetTransform.NONE,
                    true, List.of(), List.of(new DiffFeature(12, 1)), DEFAULT_FESTIVALS);
        };
    }

    /**
     * The default for the frequency, checked against a horizon: for a direct strategy the lags
     * shorter than the horizon are moved out of reach by {@link LeakageGuard}; for recursive
     * forecasting the spec is returned as is.
     */
    public static FeatureSpec defaults(Frequency frequency, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
        return defaults(frequency);
    }

    /** The smallest target lag any feature of this spec reads, or {@code Integer.MAX_VALUE} without target features. */
    public int minTargetLag() {
        int min = Integer.MAX_VALUE;
        for (int l : lags) {
            min = Math.min(min, l);
        }
        for (RollingFeature r : rolling) {
            min = Math.min(min, r.lag());
        }
        for (DiffFeature d : differences) {
            min = Math.min(min, d.lag());
        }
        if (expandingMean || !ewmAlphas.isEmpty()) {
            min = Math.min(min, 1);
        }
        return min;
    }

    /** The largest look-back of any target feature (periods of history needed for a complete row). */
    public int maxLookback() {
        int max = 0;
        for (int l : lags) {
            max = Math.max(max, l);
        }
        for (RollingFeature r : rolling) {
            max = Math.max(max, r.lag() + r.window() - 1);
        }
        for (DiffFeature d : differences) {
            max = Math.max(max, d.lag() + d.period());
        }
        return max;
    }

    /** The same spec with other lags. */
    public FeatureSpec withLags(List<Integer> newLags) {
        return new FeatureSpec(newLags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with other rolling features. */
    public FeatureSpec withRolling(List<RollingFeature> newRolling) {
        return new FeatureSpec(lags, newRolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with other differences. */
    public FeatureSpec withDifferences(List<DiffFeature> newDifferences) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, newDifferences, festivalNames);
    }

    /** The same spec with other known-future covariates. */
    public FeatureSpec withCovariates(List<String> newCovariates) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, customEvents, newCovariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with other static attributes. */
    public FeatureSpec withAttributes(List<String> newAttributes) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                newAttributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with another target transform. */
    public FeatureSpec withTransform(TargetTransform newTransform) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, newTransform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with other user-supplied events ({@code name:yyyy-mm-dd}). */
    public FeatureSpec withCustomEvents(List<String> newEvents) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, newEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with festivals on or off and another event window. */
    public FeatureSpec withEvents(boolean newFestivals, int newWindow) {
        return new FeatureSpec(lags, rolling, calendar, newFestivals, newWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, festivalNames);
    }

    /** The same spec with another selection of built-in festivals (empty = all). */
    public FeatureSpec withFestivalNames(List<String> names) {
        return new FeatureSpec(lags, rolling, calendar, festivals, eventWindow, customEvents, covariates, priceFeatures,
                attributes, ageSinceLaunch, transform, expandingMean, ewmAlphas, differences, names);
    }

    private static RollingFeature roll(RollingFeature.Stat stat, int window, int lag) {
        return new RollingFeature(stat, window, lag);
    }
}
