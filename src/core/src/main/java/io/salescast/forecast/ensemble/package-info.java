/**
 * Ensembles of forecasts learned from backtest errors: the inverse-error weighted mean and a
 * stacked blend (simplex weights minimising absolute error), both cross-fitted over backtest
 * windows so that they are evaluated like any other model.
 */
package io.salescast.forecast.ensemble;
