/**
 * Deeplearning4j forecasters (global LSTM/GRU networks) implementing core's
 * {@link io.salescast.forecast.Forecaster} contract.
 */
package io.salescast.neural;
