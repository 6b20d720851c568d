package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.List;
import java.util.Map;

/**
 * Why two forecasts differ (two products, two scenarios of one product, two periods): the
 * difference of their explanations, feature by feature. With the same model and background the
 * base values cancel, so {@code sum(contributions) + baseDifference == predictionA - predictionB}.
 * Data only.
 *
 * @param model          model alias
 * @param labelA         what A is (e.g. "SKU-12, 2024-12-24" or "scenario: promotion on")
 * @param labelB         what B is
 * @param predictionA    prediction of A
 * @param predictionB    prediction of B
 * @param baseDifference base of A minus base of B (zero for one model and scale with a fixed base)
 * @param contributions  contribution of A minus contribution of B, per feature; values are A's
 * @param units          scale
 */
public record Comparison(String model, String labelA, String labelB, double predictionA, double predictionB,
                         double baseDifference, List<FeatureContribution> contributions, Units units) {

    /** Copies. */
    public Comparison {
        contributions = List.copyOf(contributions);
    }

    /** Compares two point explanations of the same model and scale. */
    public static Comparison of(PointExplanation a, String labelA, PointExplanation b, String labelB) {
        if (!a.model().equals(b.model()) || a.units() != b.units()) {
            throw new IllegalArgumentException("compare explanations of one model in one scale");
        }
        return new Comparison(a.model(), labelA, labelB, a.prediction(), b.prediction(), a.base() - b.base(),
                Contributions.difference(a.contributions(), b.contributions()), a.units());
    }

    /** Compares two period explanations of the same model and scale. */
    public static Comparison of(PeriodExplanation a, String labelA, PeriodExplanation b, String labelB) {
        if (!a.model().equals(b.model()) || a.units() != b.units()) {
            throw new IllegalArgumentException("compare explanations of one model in one scale");
        }
        return new Comparison(a.model(), labelA, labelB, a.prediction(), b.prediction(), a.base() - b.base(),
                Contributions.difference(a.contributions(), b.contributions()), a.units());
    }

    /** {@code predictionA - predictionB}. */
    public double difference() {
        return predictionA - predictionB;
    }

    /** Difference per family, in family order. */
    public Map<FeatureFamily, Double> byFamily() {
        return Contributions.byFamily(contributions);
    }
}
