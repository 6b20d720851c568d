package io.salescast.ingest;

/** How much an {@link ImportProblem} matters. */
public enum Severity {
    /** Normal clean-up worth knowing (blank rows skipped, totals row recognised, periods filled). */
    INFO,
    /** An assumption was made that the user should check (ambiguous date order, guessed encoding). */
    WARNING,
    /** Data could not be read as it stands (a cell that is not a number, a row without a date). */
    ERROR
}
