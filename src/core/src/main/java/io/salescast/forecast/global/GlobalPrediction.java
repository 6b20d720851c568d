package io.salescast.forecast.global;

import io.salescast.forecast.ForecastFrame;

import java.util.List;

/**
 * A global forecast with what it was computed from.
 *
 * @param frame  the forecasts (one column named as the model's alias)
 * @param blocks for each model block, the feature rows and raw predictions
 */
public record GlobalPrediction(ForecastFrame frame, List<PredictionBlock> blocks) {

    /** Copies the list. */
    public GlobalPrediction {
        blocks = List.copyOf(blocks);
    }
}
