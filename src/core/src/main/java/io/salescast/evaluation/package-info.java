/**
 * Judging forecasts: rolling-origin cross-validation ({@link io.salescast.evaluation.CrossValidation}
 * producing a {@link io.salescast.evaluation.Backtest} in long form {@code unique_id, ds, cutoff,
 * y, models...}), accuracy {@link io.salescast.evaluation.Metrics} (pure functions on arrays),
 * the {@link io.salescast.evaluation.Leaderboard} by model, series and horizon step with skill
 * against seasonal naive, and conformal prediction intervals
 * ({@link io.salescast.evaluation.ConformalCalibrator}) calibrated on backtest residuals.
 */
package io.salescast.evaluation;
