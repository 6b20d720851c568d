package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Explanations of a real XGBoost forecast, converted for the report, add up to the forecast. */
class ReportExplanationsTest {

    @Test
    void explainsTheGlobalModelAndAddsUpToItsForecast() {
        SalesPanel panel = SampleStore.generate(SampleOptions.tiny().withProducts(4)).panel();
        EngineSettings settings = new EngineSettings(List.of(ModelSpec.of("xgboost").withParam("trees", 20),
                ModelSpec.of("seasonal_naive")), null, FeatureSpec.defaults(Frequency.DAILY), 7, 1, 7, List.of(80), Metric.MAE, 0);
        EngineResult result = new ForecastEngine(settings, ModelCatalog.standard())
                .run(panel, null, new TrainContext(3, Device.CPU, 1, null, null));
        // seasonal naive is not a global model: the report explains xgboost instead
        assertThat(ReportExplanations.modelToExplain(result, "seasonal_naive")).get()
                .extracting(f -> f.alias()).isEqualTo("xgboost");
        ExplanationResults ex = ReportExplanations.explain(result, "seasonal_naive", 7, 3, ProgressListener.NONE,
                CancellationToken.none());
        assertThat(ex.model()).isEqualTo("xgboost");
        assertThat(ex.global()).isNotEmpty();
        assertThat(ex.families()).isNotEmpty();
        assertThat(ex.perSeries()).isNotEmpty();
        for (ExplanationResults.SeriesExplanation s : ex.perSeries()) {
            double[] fc = result.forecasts().series(s.id()).orElseThrow().column("xgboost");
            assertThat(s.periods()).isEqualTo(7);
            assertThat(s.start()).isEqualTo(result.forecasts().series(s.id()).map(ForecastFrame.SeriesForecast::start).orElseThrow());
            for (int t = 0; t < s.periods(); t++) {
                double sum = s.base()[t];
                for (double c : s.contributions()[t]) {
                    sum += c;
                }
                assertThat(sum).as(s.id() + " step " + t).isCloseTo(fc[t], within(1e-3 * Math.max(1, Math.abs(fc[t]))));
            }
        }
    }
}
