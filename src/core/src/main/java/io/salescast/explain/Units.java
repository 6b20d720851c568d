package io.salescast.explain;

/** Scale an explanation is expressed in. */
public enum Units {
    /** Units sold, the scale users read forecasts in. */
    SALES,
    /** The space the model predicts in (e.g. log1p of sales, or sales divided by a series scale). */
    MODEL
}
