package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;
import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Explaining the models of a real engine run: a global model, a blend, auto and a baseline. */
class EngineExplainerTest {

    private static EngineResult result;

    @BeforeAll
    static void run() {
        SalesPanel panel = PlantedPanel.generate(6, 200, 8);
        EngineSettings settings = new EngineSettings(List.of(ModelSpec.of("xgboost").withParam("trees", 20),
                ModelSpec.of("seasonal_naive"), ModelSpec.of("ensemble")), null, FeatureSpec.defaults(Frequency.DAILY, 7),
                7, 1, 7, List.of(80), Metric.WAPE, 0);
        result = new ForecastEngine(settings, ModelCatalog.standard()).run(panel, null,
                new TrainContext(3, Device.CPU, 1, null, null));
    }

    private static ForecastExplanation explain(String alias) {
        return new EngineExplainer(GlobalModelExplainer.defaults(1)).explain(result, alias, 7, ProgressListener.NONE,
                CancellationToken.none());
    }

    @Test
    void blendIsExplainedExactlyAndMatchesItsForecast() {
        ForecastExplanation fx = explain("ensemble");
        assertThat(fx.points()).hasSize(6 * 7);
        for (PointExplanation p : fx.points()) {
            double forecast = result.forecasts().series(p.uniqueId()).orElseThrow().column("ensemble")[p.step() - 1];
            assertThat(p.prediction()).isCloseTo(forecast, within(1e-3 * Math.max(1, forecast)));
            assertThat(p.additivityError()).isCloseTo(0, within(1e-9 * Math.max(1, forecast)));
        }
    }

    @Test
    void globalModelsAndAutoAreExplainedAndBaselinesRefused() {
        assertThat(explain("xgboost").method()).isEqualTo(Method.TREE_SHAP);
        assertThat(explain(EngineSettings.AUTO).model()).isEqualTo(result.auto());
        assertThatThrownBy(() -> explain("seasonal_naive")).isInstanceOf(SalescastException.class)
                .hasMessageContaining("no features");
        assertThatThrownBy(() -> explain("nope")).isInstanceOf(SalescastException.class)
                .hasMessageContaining("no model 'nope'");
    }
}
