package io.salescast.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backtest (rolling-origin cross-validation) results as the report shows them. Every metric array
 * follows {@link #metricNames()}.
 *
 * @param metricNames   metric names (MAE, RMSE, sMAPE, MASE...)
 * @param primaryMetric the metric that ranks models and is charted by horizon
 * @param leaderboard   one row per model, best first
 * @param byStep        error per model and horizon step
 * @param bySeries      error per model and series
 * @param windows       the raw cross-validation forecasts (for the CSV export), may be empty
 */
public record BacktestResults(List<String> metricNames, String primaryMetric, List<LeaderboardRow> leaderboard,
                              List<StepMetrics> byStep, List<SeriesMetrics> bySeries, List<CvForecast> windows) {

    /** Validates and copies. */
    public BacktestResults {
        metricNames = List.copyOf(metricNames);
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        if (!metricNames.contains(primaryMetric)) {
            throw new IllegalArgumentException("primary metric " + primaryMetric + " not in " + metricNames);
        }
        leaderboard = List.copyOf(leaderboard);
        byStep = List.copyOf(byStep);
        bySeries = List.copyOf(bySeries);
        windows = List.copyOf(windows);
    }

    /** No backtest was run. */
    public static BacktestResults empty() {
        return new BacktestResults(List.of("MAE"), "MAE", List.of(), List.of(), List.of(), List.of());
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return leaderboard.isEmpty() && byStep.isEmpty() && bySeries.isEmpty() && windows.isEmpty();
    }

    /** Index of the primary metric in the metric arrays. */
    public int primaryIndex() {
        return metricNames.indexOf(primaryMetric);
    }

    /**
     * Error of one model at one horizon step (1-based).
     *
     * @param model  model alias
     * @param step   horizon step, 1 = first forecast period
     * @param values metric values
     */
    public record StepMetrics(String model, int step, double[] values) {
        /** Copies. */
        public StepMetrics {
            values = values.clone();
        }
    }

    /**
     * Error of one model on one series over all windows.
     *
     * @param model  model alias
     * @param id     unique_id
     * @param values metric values
     */
    public record SeriesMetrics(String model, String id, double[] values) {
        /** Copies. */
        public SeriesMetrics {
            values = values.clone();
        }
    }

    /**
     * The forecasts of one series from one cutoff, with the actual values they are scored against.
     *
     * @param id          unique_id
     * @param cutoff      last period the models saw
     * @param start       first forecast period
     * @param actual      actual values per step
     * @param predictions model alias (and interval columns) to values per step
     */
    public record CvForecast(String id, LocalDate cutoff, LocalDate start, double[] actual, Map<String, double[]> predictions) {
        /** Copies. */
        public CvForecast {
            actual = actual.clone();
            predictions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(predictions));
        }
    }
}
