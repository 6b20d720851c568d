package io.salescast.explain;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ensemble.BlendMethod;
import io.salescast.forecast.ensemble.BlendWeights;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.salescast.explain.ExplanationCsvTest.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlendExplainerTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void weightedBlendIsExplainedExactlyFromItsMembers() {
        ForecastExplanation xgb = new ForecastExplanation("xgboost", Method.TREE_SHAP,
                List.of(point("A", D, 10, 2, 4, -1, 0), point("A", D.plusDays(1), 10, 1, 0, 0, 0)),
                List.of());
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("xgboost", new double[] {15, 11});
        cols.put("seasonal_naive", new double[] {9, 12});
        ForecastFrame frame = new ForecastFrame(Frequency.DAILY,
                List.of(new ForecastFrame.SeriesForecast("A", D, cols)));
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("xgboost", 0.75);
        w.put("seasonal_naive", 0.25);
        BlendWeights weights = new BlendWeights("ensemble", BlendMethod.INVERSE_ERROR, w);

        ForecastExplanation blend = BlendExplainer.explain(weights, Map.of("xgboost", xgb), frame);
        assertThat(blend.points()).hasSize(2);
        PointExplanation p = blend.points().get(0);
        assertThat(p.model()).isEqualTo("ensemble");
        assertThat(p.prediction()).isCloseTo(weights.blend(cols, 0), within(1e-12));
        assertThat(p.base()).isCloseTo(7.5, within(1e-12));
        assertThat(p.additivityError()).isCloseTo(0, within(1e-12));
        assertThat(p.contribution("promo")).isCloseTo(3, within(1e-12));
        assertThat(p.contribution("model:seasonal_naive")).isCloseTo(2.25, within(1e-12));
        assertThat(p.contributions()).filteredOn(c -> c.feature().startsWith("model:")).first()
                .satisfies(c -> assertThat(c.label()).isEqualTo("seasonal naive model (weight 0.25)"));
        assertThat(blend.points().get(1).prediction()).isCloseTo(0.75 * 11 + 0.25 * 12, within(1e-12));
    }
}
