package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.Objects;

/**
 * What one feature adds to (or takes from) one prediction.
 *
 * @param feature      raw column name, e.g. {@code lag_7}
 * @param label        readable name, e.g. "sales 7 days ago"
 * @param family       business family
 * @param value        the feature's input value at this point (NaN when missing or not applicable)
 * @param contribution amount added to the base value, in the units of the explanation
 * @param forecastInput whether the input value was (at least partly) computed from earlier
 *                      forecasts of a recursive model rather than from observed sales
 */
public record FeatureContribution(String feature, String label, FeatureFamily family, double value, double contribution,
                                  boolean forecastInput) {

    /** Validates. */
    public FeatureContribution {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(family, "family");
    }

    /** A contribution of an input observed (not forecast). */
    public FeatureContribution(String feature, String label, FeatureFamily family, double value, double contribution) {
        this(feature, label, family, value, contribution, false);
    }

    /** A contribution labelled from a catalog. */
    public static FeatureContribution of(FeatureLabel label, double value, double contribution) {
        return new FeatureContribution(label.name(), label.label(), label.family(), value, contribution);
    }

    /** The same feature with another contribution (e.g. mapped to other units). */
    public FeatureContribution withContribution(double newContribution) {
        return new FeatureContribution(feature, label, family, value, newContribution, forecastInput);
    }

    /** The same contribution marked as computed from earlier forecasts. */
    public FeatureContribution asForecastInput() {
        return new FeatureContribution(feature, label, family, value, contribution, true);
    }
}
