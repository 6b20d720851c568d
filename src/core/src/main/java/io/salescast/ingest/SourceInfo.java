package io.salescast.ingest;

import java.util.List;

/**
 * What kind of file was read and how.
 *
 * @param file      file name as the user knows it
 * @param format    CSV, XLSX or XLS
 * @param gzip      whether the text was gzip-compressed
 * @param encoding  text encoding (CSV only, else null)
 * @param delimiter field separator (CSV only, else null)
 * @param sheets    sheet names of a workbook (empty for CSV)
 * @param sheet     sheet read (null for CSV)
 */
public record SourceInfo(String file, SourceFormat format, boolean gzip, String encoding, Character delimiter,
                         List<String> sheets, String sheet) {

    /** Copies the list. */
    public SourceInfo {
        sheets = List.copyOf(sheets);
    }
}
