package io.salescast.report;

import java.util.List;
import java.util.Objects;

/**
 * What the import found and did, so nothing is hidden from the reader of the report.
 *
 * @param source        the imported file
 * @param rowsRead      data rows read
 * @param rowsUsed      rows that made it into the panel
 * @param rowsSkipped   rows skipped (each explained by an issue)
 * @param invalidCells  cells that could not be read as their column's type (left missing)
 * @param valuesFilled  missing periods/values filled (zero-fill, interpolation...)
 * @param issues        problems found, most severe first
 */
public record DataQuality(String source, long rowsRead, long rowsUsed, long rowsSkipped, long invalidCells,
                          long valuesFilled,
                          List<Issue> issues) {

    /** Copies. */
    public DataQuality {
        source = source == null ? "" : source;
        issues = List.copyOf(issues);
    }

    /** Nothing known about the import. */
    public static DataQuality unknown() {
        return new DataQuality("", -1, -1, -1, -1, -1, List.of());
    }

    /**
     * One problem.
     *
     * @param severity  ERROR, WARNING or INFO (free text, shown as is)
     * @param location  where: file, sheet, row, column as the user sees them
     * @param message   what was found and what was done about it
     * @param count     how many rows/values it affected (1 for a single row)
     */
    public record Issue(String severity, String location, String message, long count) {
        /** Validates. */
        public Issue {
            Objects.requireNonNull(message, "message");
            severity = severity == null ? "" : severity;
            location = location == null ? "" : location;
        }
    }
}
