package io.salescast.explain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The explanations of one model's forecast: one {@link PointExplanation} per forecast point in
 * sales units (and the same in the model's space), with the views built from them: one point,
 * a period (sum over the horizon), a global view over products, and the difference between two
 * products. Data only.
 *
 * @param model      model alias
 * @param method     method used
 * @param points     explanations in sales units, series-major in forecast order
 * @param modelSpace the same explanations in the model's space (for TreeSHAP the trees' margin,
 *                   e.g. log of the output under a Tweedie objective; for the other methods the
 *                   model's output before the inverse target transform)
 */
public record ForecastExplanation(String model, Method method, List<PointExplanation> points,
                                  List<PointExplanation> modelSpace) {

    /** Copies. */
    public ForecastExplanation {
        points = List.copyOf(points);
        modelSpace = List.copyOf(modelSpace);
    }

    /** Series explained, in order of first appearance. */
    public List<String> seriesIds() {
        return points.stream().map(PointExplanation::uniqueId).filter(Objects::nonNull).distinct().toList();
    }

    /** The points of one series, in forecast order. */
    public List<PointExplanation> series(String uniqueId) {
        return points.stream().filter(p -> uniqueId.equals(p.uniqueId())).toList();
    }

    /** One forecast point. */
    public Optional<PointExplanation> point(String uniqueId, LocalDate ds) {
        return points.stream().filter(p -> uniqueId.equals(p.uniqueId()) && ds.equals(p.ds())).findFirst();
    }

    /** The whole horizon of one series, summed. */
    public Optional<PeriodExplanation> period(String uniqueId) {
        List<PointExplanation> s = series(uniqueId);
        return s.isEmpty() ? Optional.empty() : Optional.of(PeriodExplanation.of(s));
    }

    /** Periods {@code from..to} (inclusive) of one series, summed. */
    public Optional<PeriodExplanation> period(String uniqueId, LocalDate from, LocalDate to) {
        List<PointExplanation> s = series(uniqueId).stream()
                .filter(p -> p.ds() != null && !p.ds().isBefore(from) && !p.ds().isAfter(to)).toList();
        return s.isEmpty() ? Optional.empty() : Optional.of(PeriodExplanation.of(s));
    }

    /** Mean absolute contributions over every forecast point of the model. */
    public GlobalImportance global() {
        return GlobalImportance.fromPoints(model, GlobalImportance.Scope.model(), points);
    }

    /** Mean absolute contributions over the forecast points of some series (a category, a product). */
    public GlobalImportance global(GlobalImportance.Scope scope, Collection<String> seriesIds) {
        Set<String> ids = new HashSet<>(seriesIds);
        return GlobalImportance.fromPoints(model, scope,
                points.stream().filter(p -> ids.contains(p.uniqueId())).toList());
    }

    /**
     * Why one product's horizon total differs between two scenarios (e.g. promotion planned or
     * not): this explanation is scenario A, {@code other} scenario B of the same model.
     */
    public Optional<Comparison> compareScenario(String uniqueId, String labelThis, ForecastExplanation other,
                                                String labelOther) {
        Optional<PeriodExplanation> a = period(uniqueId);
        Optional<PeriodExplanation> b = other.period(uniqueId);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Comparison.of(a.get(), labelThis, b.get(), labelOther));
    }

    /** Why the horizon total of product A differs from product B's. */
    public Optional<Comparison> compare(String a, String b) {
        Optional<PeriodExplanation> pa = period(a);
        Optional<PeriodExplanation> pb = period(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Comparison.of(pa.get(), a, pb.get(), b));
    }
}
