package io.salescast.forecast.ensemble;

/** How blend weights are learned from backtest forecasts. */
public enum BlendMethod {
    /**
     * Weighted mean with weights proportional to 1 / WAPE^2 of each member, among the members
     * within 25% of the best member's WAPE.
     */
    INVERSE_ERROR("ensemble"),
    /**
     * Stacked blend: non-negative weights summing to 1 that minimise the total absolute error of
     * the blended backtest forecasts (searched on a 0.05 grid of the simplex).
     */
    STACKED("stacked");

    private final String alias;

    BlendMethod(String alias) {
        this.alias = alias;
    }

    /** Default alias (output column) of this blend. */
    public String alias() {
        return alias;
    }
}
