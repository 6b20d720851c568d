package io.salescast.features;

/** One feature column: its description and how to compute it for a series at a period. */
interface Column {

    /** Name, label and family. */
    FeatureInfo info();

    /**
     * Value at period {@code t} of series {@code s}, reading the target only at indices
     * {@code <= t - lag} for the column's lag, or NaN when not available.
     */
    double value(SeriesState s, int t);

    /** A column from a description and a function. */
    static Column of(FeatureInfo info, ValueFn fn) {
        return new Column() {
            @Override
            public FeatureInfo info() {
                return info;
            }

            @Override
            public double value(SeriesState s, int t) {
                return fn.value(s, t);
            }
        };
    }

    /** The computing part of a column. */
    @FunctionalInterface
    interface ValueFn {
        /** Value at period t of series s. */
        double value(SeriesState s, int t);
    }
}
