package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arithmetic on lists of contributions shared by the views (sums, differences, grouping). */
final class Contributions {

    private Contributions() {
    }

    /** Total per family, in family order. */
    static Map<FeatureFamily, Double> byFamily(List<FeatureContribution> contributions) {
        Map<FeatureFamily, Double> out = new EnumMap<>(FeatureFamily.class);
        for (FeatureContribution c : contributions) {
            out.merge(c.family(), c.contribution(), Double::sum);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Feature-wise sum of several lists (features matched by name, first-seen order). The value
     * of a summed feature is NaN unless every list has the same value.
     */
    static List<FeatureContribution> sum(List<List<FeatureContribution>> lists) {
        Map<String, FeatureContribution> acc = new LinkedHashMap<>();
        for (List<FeatureContribution> list : lists) {
            for (FeatureContribution c : list) {
                acc.merge(c.feature(), c, (a, b) -> new FeatureContribution(a.feature(), a.label(), a.family(),
                        sameOrNaN(a.value(), b.value()), a.contribution() + b.contribution(),
                        a.forecastInput() || b.forecastInput()));
            }
        }
        return new ArrayList<>(acc.values());
    }

    /** {@code a - b} feature by feature (missing features count as 0); values are those of a. */
    static List<FeatureContribution> difference(List<FeatureContribution> a, List<FeatureContribution> b) {
        Map<String, FeatureContribution> acc = new LinkedHashMap<>();
        for (FeatureContribution c : a) {
            acc.put(c.feature(), c);
        }
        for (FeatureContribution c : b) {
            FeatureContribution mine = acc.get(c.feature());
            if (mine == null) {
                acc.put(c.feature(), new FeatureContribution(c.feature(), c.label(), c.family(), Double.NaN, -c.contribution()));
            } else {
                acc.put(c.feature(), mine.withContribution(mine.contribution() - c.contribution()));
            }
        }
        return new ArrayList<>(acc.values());
    }

    private static double sameOrNaN(double a, double b) {
        return Double.compare(a, b) == 0 ? a : Double.NaN;
    }
}
