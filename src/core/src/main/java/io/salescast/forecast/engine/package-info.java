/**
 * The {@link io.salescast.forecast.engine.ForecastEngine}: runs many models over many series,
 * with a fallback for series too short for them, backtests them, blends them, picks the
 * recommended forecast ({@code auto}) and adds conformal intervals. The
 * {@link io.salescast.forecast.engine.ModelCatalog} turns model specs into forecasters.
 */
package io.salescast.forecast.engine;
