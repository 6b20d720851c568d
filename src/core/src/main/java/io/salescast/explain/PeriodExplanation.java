package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why the total forecast over a period (several consecutive forecast points of one series) is
 * what it is: the sum of the point explanations. Additivity carries over: {@code base +
 * sum(contributions) == prediction}, where base is the sum of the points' base values. Data only.
 *
 * @param model         model alias
 * @param uniqueId      series id
 * @param from          first period
 * @param to            last period
 * @param points        number of points summed
 * @param base          sum of the points' base values
 * @param prediction    sum of the points' predictions (the period total)
 * @param contributions per-feature sums
 * @param method        method of the points
 * @param fidelity      lowest fidelity of the points
 * @param units         scale of the numbers
 */
public record PeriodExplanation(String model, String uniqueId, LocalDate from, LocalDate to, int points, double base,
                                double prediction, List<FeatureContribution> contributions, Method method,
                                double fidelity, Units units) {

    /** Validates and copies. */
    public PeriodExplanation {
        Objects.requireNonNull(model, "model");
        contributions = List.copyOf(contributions);
    }

    /**
     * Sums point explanations of one model, series and scale.
     *
     * @throws IllegalArgumentException when the list is empty or mixes models, series or units
     */
    public static PeriodExplanation of(List<PointExplanation> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to sum");
        }
        PointExplanation first = points.get(0);
        double base = 0;
        double prediction = 0;
        double fidelity = Double.POSITIVE_INFINITY;
        for (PointExplanation p : points) {
            if (!p.model().equals(first.model()) || !Objects.equals(p.uniqueId(), first.uniqueId())
                    || p.units() != first.units()) {
                throw new IllegalArgumentException("a period sums points of one model, series and scale");
            }
            base += p.base();
            prediction += p.prediction();
            fidelity = Math.min(fidelity, p.fidelity());
        }
        LocalDate from = points.stream().map(PointExplanation::ds).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = points.stream().map(PointExplanation::ds).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<FeatureContribution> sum = Contributions.sum(points.stream().map(PointExplanation::contributions).toList());
        return new PeriodExplanation(first.model(), first.uniqueId(), from, to, points.size(), base, prediction, sum,
                first.method(), fidelity, first.units());
    }

    /** Sum of all contributions. */
    public double sumOfContributions() {
        return contributions.stream().mapToDouble(FeatureContribution::contribution).sum();
    }

    /** {@code base + sum(contributions) - prediction}. */
    public double additivityError() {
        return base + sumOfContributions() - prediction;
    }

    /** Total per family, in family order. */
    public Map<FeatureFamily, Double> byFamily() {
        return Contributions.byFamily(contributions);
    }
}
