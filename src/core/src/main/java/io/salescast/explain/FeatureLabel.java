package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.Objects;

/**
 * How a feature is shown to users.
 *
 * @param name   the raw column name the model sees, e.g. {@code lag_7}
 * @param label  readable name, e.g. "sales 7 days ago"
 * @param family business family it belongs to
 */
public record FeatureLabel(String name, String label, FeatureFamily family) {

    /** Validates. */
    public FeatureLabel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(family, "family");
    }
}
