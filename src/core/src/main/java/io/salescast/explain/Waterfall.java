package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A point explanation laid out as a waterfall: from the base value, one step per feature (or per
 * family), to the prediction. Small contributions are lumped into one step so a chart stays
 * readable. Data only.
 *
 * @param base       starting value
 * @param prediction end value
 * @param steps      steps in drawing order; {@code steps.get(i).end() == steps.get(i+1).start()}
 */
public record Waterfall(double base, double prediction, List<Step> steps) {

    /**
     * One bar of the waterfall.
     *
     * @param label  readable name of the feature, family or lumped rest
     * @param family family, or null for a lumped rest over several families
     * @param start  running total before this step
     * @param end    running total after it
     */
    public record Step(String label, FeatureFamily family, double start, double end) {
        /** Signed size of the step. */
        public double delta() {
            return end - start;
        }
    }

    /** Copies. */
    public Waterfall {
        steps = List.copyOf(steps);
    }

    /**
     * Feature steps, largest magnitude first, at most {@code maxSteps} of them; the rest is one
     * step "N other features".
     */
    public static Waterfall byFeature(PointExplanation p, int maxSteps) {
        List<FeatureContribution> sorted = p.top(p.contributions().size());
        List<Step> steps = new ArrayList<>();
        double running = p.base();
        int shown = Math.max(1, maxSteps);
        for (int i = 0; i < Math.min(shown, sorted.size()); i++) {
            FeatureContribution c = sorted.get(i);
            steps.add(new Step(c.label(), c.family(), running, running + c.contribution()));
            running += c.contribution();
        }
        if (sorted.size() > shown) {
            double rest = 0;
            for (int i = shown; i < sorted.size(); i++) {
                rest += sorted.get(i).contribution();
            }
            steps.add(new Step((sorted.size() - shown) + " other features", null, running, running + rest));
        }
        return new Waterfall(p.base(), p.prediction(), steps);
    }

    /** One step per family, in family order. */
    public static Waterfall byFamily(PointExplanation p) {
        List<Step> steps = new ArrayList<>();
        double running = p.base();
        for (Map.Entry<FeatureFamily, Double> e : p.byFamily().entrySet()) {
            steps.add(new Step(e.getKey().label(), e.getKey(), running, running + e.getValue()));
            running += e.getValue();
        }
        return new Waterfall(p.base(), p.prediction(), steps);
    }
}
