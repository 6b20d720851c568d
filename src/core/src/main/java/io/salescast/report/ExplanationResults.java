package io.salescast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Explanations of the chosen model as the report shows them.
 *
 * @param model     alias of the explained model
 * @param measure   what the importance numbers are (e.g. "mean |contribution| (units)"), or empty
 * @param global    global importance of each feature, any order
 * @param families  importance per family as the explainer computed it; empty = sum of the features
 * @param perSeries per-series contributions over the forecast horizon (may cover a subset)
 */
public record ExplanationResults(String model, String measure, List<FeatureImportance> global,
                                 List<FamilyImportance> families, List<SeriesExplanation> perSeries) {

    /** Copies. */
    public ExplanationResults {
        model = model == null ? "" : model;
        measure = measure == null ? "" : measure;
        global = List.copyOf(global);
        families = List.copyOf(families);
        perSeries = List.copyOf(perSeries);
    }

    /** Explanations whose family importance is the sum of the features'. */
    public ExplanationResults(String model, List<FeatureImportance> global, List<SeriesExplanation> perSeries) {
        this(model, "", global, List.of(), perSeries);
    }

    /** No explanations available. */
    public static ExplanationResults empty() {
        return new ExplanationResults("", List.of(), List.of());
    }

    /**
     * Importance of one feature family.
     *
     * @param family     family name
     * @param importance importance value (non-negative)
     */
    public record FamilyImportance(String family, double importance) {
        /** Validates. */
        public FamilyImportance {
            Objects.requireNonNull(family, "family");
        }
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return global.isEmpty() && perSeries.isEmpty();
    }

    /**
     * Importance of one feature.
     *
     * @param feature    feature name
     * @param family     feature family (lags, rolling, calendar, price, promo, static...)
     * @param importance importance value (non-negative)
     */
    public record FeatureImportance(String feature, String family, double importance) {
        /** Validates. */
        public FeatureImportance {
            Objects.requireNonNull(feature, "feature");
            family = family == null || family.isBlank() ? "other" : family;
        }
    }

    /**
     * Additive contributions (e.g. TreeSHAP) for each forecast period of one series:
     * {@code base[t] + sum(contributions[t]) = forecast[t]}.
     *
     * @param id            unique_id
     * @param start         first forecast period
     * @param features      feature names, in the order of each contributions row
     * @param base          expected value (bias) per period
     * @param contributions [period][feature] contribution
     */
    public record SeriesExplanation(String id, LocalDate start, List<String> features, double[] base, double[][] contributions) {
        /** Validates. */
        public SeriesExplanation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(start, "start");
            features = List.copyOf(features);
            if (contributions.length != base.length) {
                throw new IllegalArgumentException("explanation of " + id + ": " + contributions.length
                        + " contribution rows for " + base.length + " periods");
            }
            for (double[] row : contributions) {
                if (row.length != features.size()) {
                    throw new IllegalArgumentException("explanation of " + id + ": row of " + row.length
                            + " contributions for " + features.size() + " features");
                }
            }
        }

        /** Number of periods explained. */
        public int periods() {
            return base.length;
        }

        /** Sum over all periods of each feature's contribution. */
        public double[] totals() {
            double[] sum = new double[features.size()];
            for (double[] row : contributions) {
                for (int f = 0; f < row.length; f++) {
                    sum[f] += row[f];
                }
            }
            return sum;
        }
    }
}
