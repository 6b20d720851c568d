/**
 * Forecasting models and the engine that runs them: the {@link io.salescast.forecast.Forecaster}
 * contract shared by local baselines, global Tribuo models and (in module neural) DL4J networks,
 * the {@link io.salescast.forecast.ForecastFrame} they produce (written by
 * {@link io.salescast.forecast.ForecastCsv}), the training context (seed, device, threads,
 * progress, cancellation) and {@link io.salescast.forecast.ModelSpec}, the JSON-friendly
 * description of a model. Subpackages: {@code baseline} (local methods), {@code global} (Tribuo
 * models), {@code ensemble} (blends), {@code engine} (the ForecastEngine and model catalog).
 */
package io.salescast.forecast;
