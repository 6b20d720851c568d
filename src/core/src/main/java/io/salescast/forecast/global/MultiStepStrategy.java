package io.salescast.forecast.global;

/** How a one-step model produces a multi-step forecast. */
public enum MultiStepStrategy {
    /**
     * One model for the next period; its predictions are fed back as lags for later periods.
     * Uses every lag from 1, but errors can compound over the horizon.
     */
    RECURSIVE,
    /**
     * One model per group of horizon steps, each using only the lags the group's farthest step
     * allows (the history before the forecast origin); no feedback of predictions.
     */
    DIRECT
}
