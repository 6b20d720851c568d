package io.salescast.app.viewmodel;

import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.Frequency;
import java.util.List;

/**
 * Preset model choices. The quick start trains the sample store to a forecast within a minute on
 * two cores: XGBoost with fewer trees, the fast baselines, ETS and the weighted blend, two
 * backtest windows.
 */
public final class TrainingPlan {

    /** Types chosen by default on the Models page. */
    public static final List<String> DEFAULT_TYPES = List.of("seasonal_naive", "naive", "moving_average", "ets", "xgboost",
            "ensemble");

    private TrainingPlan() {
    }

    /** The quick-start settings for data of {@code frequency}. */
    public static EngineSettings quickStart(Frequency frequency) {
        int h = SessionViewModel.defaultHorizon(frequency);
        List<ModelSpec> models = List.of(ModelSpec.of("xgboost").withParam("trees", 150), ModelSpec.of("seasonal_naive"),
                ModelSpec.of("naive"), ModelSpec.of("moving_average"), ModelSpec.of("ets"), ModelSpec.of("ensemble"));
        return new EngineSettings(models, null, FeatureSpec.defaults(frequency, h), h, 2, h, List.of(80, 95), Metric.WAPE, 0);
    }
}
