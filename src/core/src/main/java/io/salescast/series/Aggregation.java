package io.salescast.series;

/** How the values of several rows falling in one period combine. */
public enum Aggregation {
    /** Total (units, revenue). */
    SUM,
    /** Average of the non-empty values (price, discount). */
    MEAN,
    /** Value of the latest row in the period (price at the end of the period). */
    LAST,
    /** Value of the earliest row in the period. */
    FIRST,
    /** Largest value (flags such as promo or stock-out: 1 if any row says so). */
    MAX,
    /** Smallest value. */
    MIN
}
