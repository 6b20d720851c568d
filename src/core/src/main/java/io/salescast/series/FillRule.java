package io.salescast.series;

/** What a period without any value gets. */
public enum FillRule {
    /** Zero: no row means nothing sold (units, revenue, flags). */
    ZERO,
    /** The last known value carries forward (price); empty until the first known value. */
    FORWARD,
    /** Left missing (NaN). */
    MISSING
}
