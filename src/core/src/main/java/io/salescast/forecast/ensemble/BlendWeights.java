package io.salescast.forecast.ensemble;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of a blend: member alias to weight (non-negative, summing to 1).
 *
 * @param alias   output column of the blend
 * @param method  how the weights were learned
 * @param weights member alias to weight, in member order
 */
public record BlendWeights(String alias, BlendMethod method, Map<String, Double> weights) {

    /** Copies. */
    public BlendWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Blends member values (NaN when a member with positive weight is NaN). */
    public double blend(Map<String, double[]> columns, int k) {
        double sum = 0;
        for (var e : weights.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            double[] c = columns.get(e.getKey());
            double v = c == null || k >= c.length ? Double.NaN : c[k];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            sum += e.getValue() * v;
        }
        return sum;
    }

    /** Readable form, e.g. {@code 0.70 xgboost + 0.30 ets}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        weights.forEach((m, w) -> {
            if (w > 0) {
                sb.append(sb.isEmpty() ? "" : " + ").append(String.format(java.util.Locale.ROOT, "%.2f %s", w, m));
            }
        });
        return sb.toString();
    }
}
