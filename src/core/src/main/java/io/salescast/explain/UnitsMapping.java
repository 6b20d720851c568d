package io.salescast.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Restates a model-space explanation in sales units, exactly and additively. The base maps to
 * {@code T(base)}, the prediction to {@code T(prediction)}, and the difference {@code T(prediction)
 * - T(base)} is shared among the features in proportion to their model-space contributions
 * (every contribution is multiplied by the secant slope of T between base and prediction). For
 * a linear T (no transform, a series scale) this is the exact linear restatement; for log1p it
 * keeps each feature's share of the effect while making {@code base + sum == prediction} hold
 * in units. Signs never flip, since T is non-decreasing.
 */
public final class UnitsMapping {

    private static final double RELATIVE_STEP = 1e-6;

    private UnitsMapping() {
    }

    /** The explanation in sales units. An explanation already in units is returned as is. */
    public static PointExplanation toSales(PointExplanation p, OutputTransform t) {
        if (p.units() == Units.SALES) {
            return p;
        }
        double base = t.toSales(p.base());
        double prediction = t.toSales(p.prediction());
        double slope = slope(t, p.base(), p.base() + p.sumOfContributions(), base, prediction);
        List<FeatureContribution> cs = new ArrayList<>(p.contributions().size());
        for (FeatureContribution c : p.contributions()) {
            cs.add(c.withContribution(c.contribution() * slope));
        }
        return p.withValues(base, prediction, cs, Units.SALES);
    }

    /** Maps each explanation with its own transform (e.g. each series' scale). */
    public static List<PointExplanation> toSales(List<PointExplanation> points, List<OutputTransform> transforms) {
        if (points.size() != transforms.size()) {
            throw new IllegalArgumentException(points.size() + " explanations, " + transforms.size() + " transforms");
        }
        List<PointExplanation> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(toSales(points.get(i), transforms.get(i)));
        }
        return out;
    }

    private static double slope(OutputTransform t, double from, double to, double tFrom, double tTo) {
        double d = to - from;
        double scale = Math.max(1, Math.abs(from));
        if (Math.abs(d) > RELATIVE_STEP * scale) {
            return (tTo - tFrom) / d;
        }
        double h = RELATIVE_STEP * scale;
        return (t.toSales(from + h) - t.toSales(from - h)) / (2 * h);
    }
}
