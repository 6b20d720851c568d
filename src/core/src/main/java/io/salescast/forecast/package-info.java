/**
 * Forecasting models and the engine that runs them: the {@link io.salescast.forecast.Forecaster}
 * contract shared by local baselines, global Tribuo models and (in module neural) DL4J networks,
 * the {@link io.salescast.forecast.ForecastFrame} they produce, and the training context (seed,
 * device, threads, progress, cancellation).
 */
package io.salescast.forecast;
