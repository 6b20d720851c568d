package io.salescast.explain;

import io.salescast.features.FeatureFamily;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ensemble.BlendWeights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a blend (a weighted sum of member forecasts, as the engine's inverse-error and stacked
 * blends are) exactly: since {@code blend = sum_m w_m f_m} and each explained member is
 * {@code f_m = base_m + sum_j c_mj}, the blend is {@code sum_m w_m base_m + sum_j (sum_m w_m c_mj)}
 * plus the weighted forecasts of members without features (baselines), which appear as one
 * contribution each ("seasonal naive model, weight 0.20", family recent sales level: a baseline
 * forecast is a statement about past sales). Additivity carries over from the members.
 */
public final class BlendExplainer {

    private BlendExplainer() {
    }

    /**
     * Explains a blend's forecast points.
     *
     * @param weights   the blend's member weights
     * @param members   explanations of the members that have them, by alias (sales units)
     * @param forecasts forecasts holding a column per member (used for members without explanations)
     * @return one explanation per point of the explained members, in their order
     * @throws IllegalArgumentException when no member with positive weight is explained or a
     *                                  member forecast is missing
     */
    public static ForecastExplanation explain(BlendWeights weights, Map<String, ForecastExplanation> members,
                                              ForecastFrame forecasts) {
        ForecastExplanation lead = leadMember(weights, members);
        Map<String, Map<String, PointExplanation>> byKey = new HashMap<>();
        members.forEach((alias, fx) -> {
            Map<String, PointExplanation> m = new HashMap<>();
            fx.points().forEach(p -> m.put(key(p.uniqueId(), p.ds()), p));
            byKey.put(alias, m);
        });
        List<PointExplanation> out = new ArrayList<>(lead.points().size());
        double fidelity = 1;
        for (PointExplanation anchor : lead.points()) {
            double base = 0;
            double prediction = 0;
            List<List<FeatureContribution>> parts = new ArrayList<>();
            List<FeatureContribution> baselines = new ArrayList<>();
            for (Map.Entry<String, Double> w : weights.weights().entrySet()) {
                if (w.getValue() == 0) {
                    continue;
                }
                Map<String, PointExplanation> explained = byKey.get(w.getKey());
                if (explained != null) {
                    PointExplanation p = explained.get(key(anchor.uniqueId(), anchor.ds()));
                    if (p == null) {
                        throw new IllegalArgumentException(w.getKey() + " has no explanation of " + anchor.uniqueId()
                                + " on " + anchor.ds());
                    }
                    base += w.getValue() * p.base();
                    prediction += w.getValue() * p.prediction();
                    parts.add(scaled(p.contributions(), w.getValue()));
                    fidelity = Math.min(fidelity, p.fidelity());
                } else {
                    double f = memberForecast(forecasts, w.getKey(), anchor);
                    prediction += w.getValue() * f;
                    baselines.add(new FeatureContribution("model:" + w.getKey(), w.getKey().replace('_', ' ')
                            + String.format(java.util.Locale.ROOT, " model (weight %.2f)", w.getValue()),
                            FeatureFamily.RECENT_SALES, f, w.getValue() * f));
                }
            }
            List<FeatureContribution> cs = new ArrayList<>(Contributions.sum(parts));
            cs.addAll(baselines);
            out.add(new PointExplanation(weights.alias(), anchor.uniqueId(), anchor.ds(), anchor.step(), base,
                    prediction, cs, anchor.method(), fidelity, Units.SALES));
        }
        return new ForecastExplanation(weights.alias(), lead.method(), out, out);
    }

    private static ForecastExplanation leadMember(BlendWeights weights, Map<String, ForecastExplanation> members) {
        for (Map.Entry<String, Double> w : weights.weights().entrySet()) {
            if (w.getValue() > 0 && members.containsKey(w.getKey())) {
                return members.get(w.getKey());
            }
        }
        throw new IllegalArgumentException("no member of " + weights.alias() + " with a positive weight is explained");
    }

    private static List<FeatureContribution> scaled(List<FeatureContribution> cs, double w) {
        List<FeatureContribution> out = new ArrayList<>(cs.size());
        for (FeatureContribution c : cs) {
            out.add(c.withContribution(w * c.contribution()));
        }
        return out;
    }

    private static double memberForecast(ForecastFrame forecasts, String alias, PointExplanation at) {
        ForecastFrame.SeriesForecast s = forecasts.series(at.uniqueId()).orElseThrow(() ->
                new IllegalArgumentException("no forecast of " + at.uniqueId()));
        double[] col = s.column(alias);
        int k = (int) forecasts.frequency().periodsBetween(s.start(), at.ds());
        if (col == null || k < 0 || k >= col.length) {
            throw new IllegalArgumentException("no " + alias + " forecast of " + at.uniqueId() + " on " + at.ds());
        }
        return col[k];
    }

    private static String key(String id, LocalDate ds) {
        return id + "|" + ds;
    }
}
