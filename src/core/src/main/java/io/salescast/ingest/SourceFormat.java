package io.salescast.ingest;

/** The kind of file read. */
public enum SourceFormat {
    /** Delimited text (CSV, TSV, semicolon...), possibly gzip-compressed. */
    CSV,
    /** Excel 2007+ workbook (.xlsx, .xlsm), read as a stream. */
    XLSX,
    /** Excel 97-2003 workbook (.xls). */
    XLS
}
