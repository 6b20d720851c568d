package io.salescast.ingest;

/** What kind of problem an {@link ImportProblem} is; stable names for the UI and for tests. */
public enum ProblemKind {
    /** A cell in a number column is not a number; the value is left missing, never zero. */
    BAD_NUMBER,
    /** A cell in a date column is not a date. */
    BAD_DATE,
    /** A cell in a yes/no column is not yes/no. */
    BAD_BOOLEAN,
    /** A cell holds a spreadsheet error such as #DIV/0! or #N/A. */
    CELL_ERROR,
    /** Fully blank rows that were skipped. */
    BLANK_ROWS,
    /** A totals or subtotals row that was not imported (it would double-count sales). */
    TOTALS_ROW,
    /** A row with fewer cells than the header; the missing cells are empty. */
    SHORT_ROW,
    /** A row with values to the right of the last named column; those values are not imported. */
    EXTRA_CELLS,
    /** Two columns have the same header; the later one was renamed. */
    DUPLICATE_COLUMN,
    /** A column without a header; it was given a name. */
    UNNAMED_COLUMN,
    /** A column without any value. */
    EMPTY_COLUMN,
    /** Day and month order of text dates could not be told apart; an order was assumed. */
    AMBIGUOUS_DATE_ORDER,
    /** The text encoding or number format was guessed. */
    FORMAT_GUESSED,
    /** Rows above the header (titles, notes) that were skipped. */
    TITLE_ROWS,
    /** A row without a usable date; it could not be placed in time and was skipped. */
    MISSING_DATE,
    /** A row without a series key (sku...); it was skipped. */
    MISSING_KEY,
    /** A row without a target value; its period is left missing (not zero). */
    MISSING_VALUE,
    /** Several rows for one series and period were combined. */
    DUPLICATE_PERIOD,
    /** Periods without any row that were filled by the stated rule. */
    PERIODS_FILLED,
    /** A static attribute with different values over time for one series; the latest was kept. */
    ATTRIBUTE_CONFLICT,
    /** Products without a row in a separate attribute table (Products sheet); their attributes are unknown. */
    ATTRIBUTES_MISSING,
    /** Rows of a separate attribute table that match no product of the sales; they are not used. */
    ATTRIBUTES_UNMATCHED,
    /** Negative target values (returns?), kept as they are. */
    NEGATIVE_VALUE,
    /** The read stopped at a limit (maximum rows). */
    LIMIT_REACHED
}
