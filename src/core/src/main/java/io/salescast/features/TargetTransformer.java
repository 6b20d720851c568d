package io.salescast.features;

import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.HashMap;
import java.util.Map;

/**
 * The target transform of a spec, learned from the training history: {@code log1p} (inverted by
 * {@code expm1}) or division by the series' mean over its history (its "scale"; 1 when the
 * history has no sales).
 */
final class TargetTransformer {

    private final FeatureSpec.TargetTransform transform;
    private final Map<String, Double> scales;

    private TargetTransformer(FeatureSpec.TargetTransform transform, Map<String, Double> scales) {
        this.transform = transform;
        this.scales = scales;
    }

    static TargetTransformer fit(FeatureSpec.TargetTransform transform, SalesPanel history) {
        Map<String, Double> scales = new HashMap<>();
        if (transform == FeatureSpec.TargetTransform.SERIES_SCALE) {
            for (SalesSeries s : history.series()) {
                double sum = 0;
                int n = 0;
                for (double v : s.y()) {
                    if (!Double.isNaN(v)) {
                        sum += Math.abs(v);
                        n++;
                    }
                }
                scales.put(s.id(), n == 0 || sum == 0 ? 1.0 : sum / n);
            }
        }
        return new TargetTransformer(transform, scales);
    }

    double forward(String id, double y) {
        return switch (transform) {
            case NONE -> y;
            case LOG1P -> Math.log1p(Math.max(y, -0.999999));
            case SERIES_SCALE -> y / scales.getOrDefault(id, 1.0);
        };
    }

    double inverse(String id, double v) {
        return switch (transform) {
            case NONE -> v;
            case LOG1P -> Math.expm1(v);
            case SERIES_SCALE -> v * scales.getOrDefault(id, 1.0);
        };
    }
}
