package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why one forecast point has its value: a base value (what the model predicts on average) plus
 * one contribution per feature gives the prediction. Data only.
 *
 * @param model         model alias
 * @param uniqueId      series (product) id
 * @param ds            period the prediction is for
 * @param step          forecast step (1 = first period after the history), 0 when not a forecast
 *                      (e.g. a backtest row)
 * @param base          base value the contributions start from
 * @param prediction    the model's prediction; {@code base + sum(contributions) == prediction}
 *                      up to float rounding for every method (methods that cannot split all of it
 *                      carry the rest as a {@link #RESIDUAL} contribution)
 * @param contributions per-feature contributions in the model's feature order
 * @param method        how the contributions were computed
 * @param fidelity      how faithful the explanation is to the model: 1 for exact methods, the
 *                      weighted R² of the surrogate on its neighbourhood for LIME and Kernel SHAP
 * @param units         scale of base, prediction and contributions
 */
public record PointExplanation(String model, String uniqueId, LocalDate ds, int step, double base, double prediction,
                               List<FeatureContribution> contributions, Method method, double fidelity, Units units) {

    /** Feature name of the part of a prediction a surrogate method could not attribute. */
    public static final String RESIDUAL = "residual";

    /** Validates and copies. */
    public PointExplanation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(units, "units");
        contributions = List.copyOf(contributions);
    }

    /** Sum of all contributions. */
    public double sumOfContributions() {
        double s = 0;
        for (FeatureContribution c : contributions) {
            s += c.contribution();
        }
        return s;
    }

    /** {@code base + sum(contributions) - prediction}: zero up to rounding. */
    public double additivityError() {
        return base + sumOfContributions() - prediction;
    }

    /** Contribution of one feature, or 0 when absent. */
    public double contribution(String feature) {
        for (FeatureContribution c : contributions) {
            if (c.feature().equals(feature)) {
                return c.contribution();
            }
        }
        return 0;
    }

    /** Total contribution per family, in family order (only families present). */
    public Map<FeatureFamily, Double> byFamily() {
        return Contributions.byFamily(contributions);
    }

    /** The {@code n} contributions largest in absolute value, largest first. */
    public List<FeatureContribution> top(int n) {
        List<FeatureContribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution())));
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    /** The same explanation with other numbers (used by unit mappings). */
    public PointExplanation withValues(double newBase, double newPrediction, List<FeatureContribution> newContributions,
                                       Units newUnits) {
        return new PointExplanation(model, uniqueId, ds, step, newBase, newPrediction, newContributions, method, fidelity,
                newUnits);
    }

    /** The same explanation attached to a series, period and forecast step. */
    public PointExplanation at(String id, LocalDate date, int forecastStep) {
        return new PointExplanation(model, id, date, forecastStep, base, prediction, contributions, method, fidelity, units);
    }
}
