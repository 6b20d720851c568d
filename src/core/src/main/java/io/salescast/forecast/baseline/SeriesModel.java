package io.salescast.forecast.baseline;

/**
 * The fitted model of one series: forecasts the periods after the last period it was fitted on.
 * Implementations are immutable.
 */
public interface SeriesModel {

    /** Point forecasts for periods 1..horizon after the end of the history (may be negative; callers clamp). */
    double[] forecast(int horizon);

    /**
     * Standard deviation of the h-step forecast error for h = 1..horizon when the method has a
     * cheap analytic one, else null (the engine calibrates conformal intervals instead).
     */
    default double[] forecastSd(int horizon) {
        return null;
    }

    /** Short description of what was fitted, e.g. {@code ETS(M,Ad,M)} or {@code naive}. */
    String description();

    /** Why the method fell back to something simpler (series too short, no data...), or null. */
    default String note() {
        return null;
    }
}
