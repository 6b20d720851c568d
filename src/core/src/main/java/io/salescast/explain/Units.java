package io.salescast.explain;

/** Scale an explanation is expressed in. */
public enum Units {
    /** Units sold, the scale users read forecasts in. */
    SALES,
    /**
     * The space the model computes in: its transformed target (e.g. log1p of sales, or sales
     * divided by a series scale) and, for TreeSHAP, the boosted trees' margin (the log of the
     * output for Tweedie objectives).
     */
    MODEL
}
