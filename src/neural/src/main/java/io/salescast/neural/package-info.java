/**
 * Deeplearning4j forecasters implementing core's {@link io.salescast.forecast.Forecaster} contract:
 * one global network trained across all series of a store.
 *
 * <ul>
 *   <li>{@link io.salescast.neural.NeuralForecaster} trains a {@link io.salescast.neural.NeuralSpec}
 *       (LSTM, GRU, or LSTM + self-attention) on windows of past sales plus known-future
 *       covariates, calendar/festival inputs and one-hot static attributes; direct multi-step
 *       output for the whole horizon; early stopping on the last periods of each series.</li>
 *   <li>{@link io.salescast.neural.TrainedNetwork} is the result, bound to a history by
 *       {@link io.salescast.neural.TrainedNetwork#bind}; it is the start of fine-tuning
 *       ({@link io.salescast.neural.NeuralForecaster#fineTuning}) and is saved and checked on load
 *       by {@link io.salescast.neural.NeuralModelStore}.</li>
 *   <li>{@link io.salescast.neural.TrainingListener} receives the loss curve per epoch;
 *       {@link io.salescast.neural.NeuralRuntime} sets native threads and describes the backend
 *       (CPU, or CUDA in a {@code -Dcuda} build) for run provenance.</li>
 * </ul>
 * Deeplearning4j 1.0.0-M2.1 has no GRU layer, so {@link io.salescast.neural.GruLayer} wraps
 * libnd4j's fused GRU op as a SameDiff layer.
 */
package io.salescast.neural;
