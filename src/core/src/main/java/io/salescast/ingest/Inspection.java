package io.salescast.ingest;

import java.util.List;

/**
 * What is in a file: its format and, for each sheet (one for text files), the inferred columns,
 * a preview and the problems found, or why the sheet could not be read.
 *
 * @param source format, encoding, delimiter, sheet names
 * @param sheets one entry per sheet, in workbook order
 */
public record Inspection(SourceInfo source, List<SheetInspection> sheets) {

    /** Copies the list. */
    public Inspection {
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet.
     *
     * @param sheet   sheet name (null for text files)
     * @param preview columns, types and first rows; null when the sheet could not be read
     * @param report  problems found; null when the sheet could not be read
     * @param error   why the sheet could not be read (empty sheet...), or null
     */
    public record SheetInspection(String sheet, Preview preview, ImportReport report, ImportException error) {
    }
}
