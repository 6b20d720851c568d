package io.salescast.report;

import java.util.Objects;

/**
 * One model's line of the leaderboard.
 *
 * @param model    model alias
 * @param baseline whether the model is a baseline (naive, seasonal naive, mean...)
 * @param values   metric values in the order of {@link BacktestResults#metricNames()}
 * @param skill    skill versus seasonal naive: {@code 1 - error(model) / error(seasonal naive)} on
 *                 the primary metric (positive = better than seasonal naive), or NaN when unknown
 */
public record LeaderboardRow(String model, boolean baseline, double[] values, double skill) {

    /** Validates. */
    public LeaderboardRow {
        Objects.requireNonNull(model, "model");
        values = values.clone();
    }
}
