package io.salescast.report;

/** How a table column is formatted. */
enum ColumnType {
    /** Plain text, protected against formula injection. */
    TEXT(12, 60),
    /** Text that wraps in a wide column (messages). */
    LONG_TEXT(40, 90),
    /** A date, ISO format. */
    DATE(11, 11),
    /** Whole numbers with thousands separators. */
    INTEGER(9, 14),
    /** Quantities with two decimals. */
    DECIMAL(11, 16),
    /** Error metrics with three decimals. */
    METRIC(10, 14),
    /** Shares, shown as percent. */
    PERCENT(8, 10);

    final int minWidth;
    final int maxWidth;

    ColumnType(int minWidth, int maxWidth) {
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
    }
}
