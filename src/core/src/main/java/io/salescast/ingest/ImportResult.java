package io.salescast.ingest;

/**
 * A table read from a file, with its report and what was detected about the file.
 *
 * @param table  the data
 * @param report counters and problems
 * @param source format, encoding, delimiter, sheets
 */
public record ImportResult(RawTable table, ImportReport report, SourceInfo source) {

    /** A preview of the first {@code rows} rows. */
    public Preview preview(int rows) {
        return Preview.of(table, rows);
    }
}
