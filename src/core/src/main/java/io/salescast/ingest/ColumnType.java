package io.salescast.ingest;

/** The inferred (or user-chosen) type of a column of a {@link RawTable}. */
public enum ColumnType {
    /** Calendar dates without a time of day. */
    DATE,
    /** Dates with a time of day (order timestamps, hourly rows). */
    DATETIME,
    /** Whole numbers. */
    INTEGER,
    /** Numbers with a fractional part. */
    DECIMAL,
    /** Yes/no values (true/false, yes/no, y/n, x); stored as 1/0. */
    BOOLEAN,
    /** Text with few distinct values (sku, store, category). */
    CATEGORY,
    /** Free text. */
    TEXT;

    /** Whether values are numbers (integer, decimal or boolean as 0/1). */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == BOOLEAN;
    }

    /** Whether values are dates or date-times. */
    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** Whether values are kept as text (category or free text). */
    public boolean isText() {
        return this == CATEGORY || this == TEXT;
    }
}
