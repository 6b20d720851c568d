package io.salescast.evaluation;

import java.util.Locale;

/** A point-forecast metric the leaderboard can sort by; lower is better for all (bias by its size). */
public enum Metric {
    /** Mean absolute error. */
    MAE,
    /** Root mean squared error. */
    RMSE,
    /** Mean absolute percentage error (non-zero actuals only). */
    MAPE,
    /** Symmetric MAPE. */
    SMAPE,
    /** Mean absolute scaled error (pooled). */
    MASE,
    /** Weighted absolute percentage error (pooled). */
    WAPE,
    /** Absolute mean error. */
    BIAS;

    /** The value of this metric in {@code s} (for BIAS, its absolute value), NaN when undefined. */
    public double of(Scores s) {
        return switch (this) {
            case MAE -> s.mae();
            case RMSE -> s.rmse();
            case MAPE -> s.mape();
            case SMAPE -> s.smape();
            case MASE -> s.mase();
            case WAPE -> s.wape();
            case BIAS -> Math.abs(s.bias());
        };
    }

    /** Parses a name case-insensitively (mae, rmse, mape, smape, mase, wape, bias). */
    public static Metric parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown metric '" + text + "': use mae, rmse, mape, smape, mase, wape or bias", e);
        }
    }
}
