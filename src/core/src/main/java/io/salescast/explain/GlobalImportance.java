package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much each feature and each family matters to a model over many points (a whole model, one
 * category or one product), with a spread. Data only; features and families are sorted by
 * importance, largest first.
 *
 * @param model    model alias
 * @param scope    what the points cover
 * @param method   {@link Method#PERMUTATION} (increase of backtest error when shuffled) or
 *                 {@link Method#MEAN_ABS_CONTRIBUTION} (mean absolute contribution of a local method)
 * @param measure  what the numbers are, e.g. "increase in MAE (units)" or "mean |contribution| (units)"
 * @param points   number of rows the figures are computed over
 * @param features per-feature importance
 * @param families per-family importance
 */
public record GlobalImportance(String model, Scope scope, Method method, String measure, int points,
                               List<FeatureImportance> features, List<FamilyImportance> families) {

    /**
     * Importance of one feature.
     *
     * @param feature    raw name
     * @param label      readable name
     * @param family     family
     * @param importance mean importance
     * @param spread     standard deviation (over shuffles for permutation importance, over points
     *                   for mean absolute contributions)
     * @param direction  mean signed contribution where known (positive: raises forecasts on
     *                   average relative to the base), NaN otherwise
     */
    public record FeatureImportance(String feature, String label, FeatureFamily family, double importance,
                                    double spread, double direction) {
    }

    /**
     * Importance of one family.
     *
     * @param family     family
     * @param importance mean importance
     * @param spread     standard deviation, as for features
     */
    public record FamilyImportance(FeatureFamily family, double importance, double spread) {
    }

    /**
     * Which points a global view covers.
     *
     * @param kind  the kind of scope
     * @param value category name or product id; null for the whole model
     */
    public record Scope(Kind kind, String value) {
        /** Kinds of scope. */
        public enum Kind { MODEL, CATEGORY, PRODUCT }

        /** Every point of the model. */
        public static Scope model() {
            return new Scope(Kind.MODEL, null);
        }

        /** Points of one category. */
        public static Scope category(String category) {
            return new Scope(Kind.CATEGORY, category);
        }

        /** Points of one product. */
        public static Scope product(String id) {
            return new Scope(Kind.PRODUCT, id);
        }

        /** Readable form, e.g. "category Snacks". */
        public String describe() {
            return switch (kind) {
                case MODEL -> "all products";
                case CATEGORY -> "category " + value;
                case PRODUCT -> "product " + value;
            };
        }
    }

    /** Copies and sorts by importance, largest first. */
    public GlobalImportance {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scope, "scope");
        List<FeatureImportance> f = new ArrayList<>(features);
        f.sort(Comparator.comparingDouble(x -> -x.importance()));
        features = List.copyOf(f);
        List<FamilyImportance> g = new ArrayList<>(families);
        g.sort(Comparator.comparingDouble(x -> -x.importance()));
        families = List.copyOf(g);
    }

    /** Importance of one family, 0 when absent. */
    public double family(FeatureFamily family) {
        return families.stream().filter(x -> x.family() == family).mapToDouble(FamilyImportance::importance)
                .findFirst().orElse(0);
    }

    /** Importance of one feature, 0 when absent. */
    public double feature(String name) {
        return features.stream().filter(x -> x.feature().equals(name)).mapToDouble(FeatureImportance::importance)
                .findFirst().orElse(0);
    }

    /** Families ordered by importance. */
    public List<FeatureFamily> familyRanking() {
        return families.stream().map(FamilyImportance::family).toList();
    }

    /**
     * The global view of many local explanations: mean |contribution| per feature (spread = std
     * over points, direction = mean signed contribution) and mean |family total| per family.
     */
    public static GlobalImportance fromPoints(String model, Scope scope, List<PointExplanation> points) {
        Map<String, double[]> perFeature = new java.util.LinkedHashMap<>();
        Map<String, FeatureContribution> labels = new java.util.LinkedHashMap<>();
        Map<FeatureFamily, double[]> perFamily = new EnumMap<>(FeatureFamily.class);
        int n = points.size();
        for (int i = 0; i < n; i++) {
            for (FeatureContribution c : points.get(i).contributions()) {
                labels.putIfAbsent(c.feature(), c);
                perFeature.computeIfAbsent(c.feature(), k -> new double[n])[i] = c.contribution();
            }
            for (Map.Entry<FeatureFamily, Double> e : points.get(i).byFamily().entrySet()) {
                perFamily.computeIfAbsent(e.getKey(), k -> new double[n])[i] = e.getValue();
            }
        }
        List<FeatureImportance> features = new ArrayList<>();
        perFeature.forEach((name, v) -> {
            FeatureContribution l = labels.get(name);
            Stats abs = Stats.ofAbs(v);
            features.add(new FeatureImportance(name, l.label(), l.family(), abs.mean(), abs.std(), Stats.of(v).mean()));
        });
        List<FamilyImportance> families = new ArrayList<>();
        perFamily.forEach((f, v) -> {
            Stats abs = Stats.ofAbs(v);
            families.add(new FamilyImportance(f, abs.mean(), abs.std()));
        });
        String units = points.isEmpty() || points.get(0).units() == Units.SALES ? "units" : "model scale";
        return new GlobalImportance(model, scope, Method.MEAN_ABS_CONTRIBUTION, "mean |contribution| (" + units + ")", n,
                features, families);
    }
}
