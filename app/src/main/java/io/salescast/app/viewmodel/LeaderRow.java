package io.salescast.app.viewmodel;

/**
 * A line of the leaderboard as the table shows it.
 *
 * @param model       model alias
 * @param label       display name
 * @param baseline    whether it is a baseline
 * @param recommended whether it is the recommended forecast
 * @param wape        weighted absolute percentage error (fraction)
 * @param mase        mean absolute scaled error
 * @param mae         mean absolute error
 * @param rmse        root mean squared error
 * @param bias        relative bias (fraction)
 * @param skill       1 - WAPE / WAPE of seasonal naive (fraction; NaN without it)
 * @param coverage    coverage of the lowest interval level, NaN without intervals
 * @param coverageLevel that level, 0 without intervals
 * @param failure     why it failed in some window, or null
 */
public record LeaderRow(String model, String label, boolean baseline, boolean recommended, double wape, double mase, double mae,
                        double rmse, double bias, double skill, double coverage, int coverageLevel, String failure) {
}
