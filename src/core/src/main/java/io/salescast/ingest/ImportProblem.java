package io.salescast.ingest;

import io.salescast.core.Location;

import java.util.List;
import java.util.Objects;

/**
 * One problem found while importing, possibly repeated: the same kind of problem in the same
 * column is reported once with a count and the rows where it happened.
 *
 * @param severity how much it matters
 * @param kind     what kind of problem it is
 * @param message  plain-language description, including the first offending value where useful
 * @param location where it happened first (file, sheet, row as the spreadsheet shows it, column)
 * @param count    how many times it happened (cells, rows or periods, depending on the kind)
 * @param rows     1-based source rows where it happened, the first {@link #MAX_ROWS} at most,
 *                 ascending; empty when it is not about rows (e.g. an ambiguous date order)
 */
public record ImportProblem(Severity severity, ProblemKind kind, String message, Location location,
                            long count, List<Long> rows) {

    /** At most this many rows are listed per problem. */
    public static final int MAX_ROWS = 100;

    /** Validates and copies. */
    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        rows = List.copyOf(rows);
    }

    /** One readable line, e.g. {@code ERROR sales.csv, row 12, column "units": ... (x3)}. */
    public String describe() {
        String where = location.describe();
        return severity + " " + (where.isEmpty() ? "" : where + ": ") + message + (count > 1 ? " (x" + count + ")" : "");
    }
}
