package io.salescast.series;

/** What happens when several rows fall in the same series and period. */
public enum DuplicatePolicy {
    /** Combine them with each column's {@link Aggregation} (order lines, sub-daily rows). */
    COMBINE,
    /** Keep the first row (in file order) and ignore the others. */
    KEEP_FIRST,
    /** Keep the last row (in file order) and ignore the others. */
    KEEP_LAST,
    /** Stop with an error naming the rows. */
    REJECT
}
