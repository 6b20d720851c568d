/**
 * Local baseline forecasters, fitted one series at a time: naive, seasonal naive, moving
 * average, historic average, exponential smoothing (ETS state-space family with automatic model
 * choice by AICc) and Croston/SBA/TSB for intermittent demand. Every method handles missing
 * values (NaN), very short and all-zero series (falling back and saying so in
 * {@link io.salescast.forecast.baseline.FittedLocalForecaster#notes()}) and never forecasts
 * negative sales unless told the target may be negative.
 */
package io.salescast.forecast.baseline;
