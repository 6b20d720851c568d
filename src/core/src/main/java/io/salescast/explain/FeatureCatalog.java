package io.salescast.explain;

import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readable names and families for feature columns. Labels given explicitly (from the feature
 * builder's own descriptions) win; any other name is understood from Salescast's predictable
 * naming scheme ({@code lag_7}, {@code rolling_mean_28_lag_7}, {@code dow}, {@code promo},
 * {@code price_rel}, {@code attr_category}...) by {@link FeatureNaming}. Immutable.
 */
public final class FeatureCatalog {

    private final FeatureNaming naming;
    private final Map<String, FeatureLabel> explicit;

    private FeatureCatalog(FeatureNaming naming, Map<String, FeatureLabel> explicit) {
        this.naming = naming;
        this.explicit = Collections.unmodifiableMap(explicit);
    }

    /** A catalog that derives every label from the name, with period words for {@code frequency}. */
    public static FeatureCatalog derived(Frequency frequency) {
        return new FeatureCatalog(new FeatureNaming(frequency), Map.of());
    }

    /** A catalog using these labels first and deriving the others. */
    public static FeatureCatalog of(Frequency frequency, List<FeatureLabel> labels) {
        Map<String, FeatureLabel> map = new LinkedHashMap<>();
        for (FeatureLabel l : labels) {
            map.put(l.name(), l);
        }
        return new FeatureCatalog(new FeatureNaming(frequency), map);
    }

    /** This catalog with one more explicit label (replacing any earlier one of the same name). */
    public FeatureCatalog with(FeatureLabel label) {
        Map<String, FeatureLabel> map = new LinkedHashMap<>(explicit);
        map.put(label.name(), label);
        return new FeatureCatalog(naming, map);
    }

    /** The label of a feature column. */
    public FeatureLabel label(String name) {
        FeatureLabel l = explicit.get(name);
        return l != null ? l : naming.describe(name);
    }

    /** The family of a feature column. */
    public FeatureFamily family(String name) {
        return label(name).family();
    }

    /**
     * How many periods back the most recent past sales value read by a feature is (7 for
     * {@code lag_7} and {@code rolling_mean_28_lag_7}), or 0 for features that read no past sales.
     */
    public int lag(String name) {
        return FeatureNaming.lag(name);
    }

    /** Labels of several columns, in order. */
    public List<FeatureLabel> labels(List<String> names) {
        return names.stream().map(this::label).toList();
    }
}
