package io.salescast.features;

import java.util.Objects;

/**
 * Description of one feature column: its predictable name, a readable label for people
 * ("sales 7 days ago", "promotion active") and the family it belongs to.
 *
 * @param name   column name, e.g. {@code lag_7}
 * @param label  readable label, e.g. {@code sales 7 days ago}
 * @param family theme of the feature
 */
public record FeatureInfo(String name, String label, FeatureFamily family) {

    /** Validates. */
    public FeatureInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(family, "family");
    }
}
