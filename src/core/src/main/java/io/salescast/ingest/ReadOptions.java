package io.salescast.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read a file. Every field has an automatic default (null or 0); set one only to
 * override what Salescast detects. Immutable; use the {@code with...} methods.
 *
 * @param sheet            sheet name (or 1-based number as text) for workbooks; null = first sheet with data
 * @param headerRow        1-based row of the header; 0 = detect (title rows above are skipped)
 * @param delimiter        CSV field separator; null = detect among , ; tab |
 * @param quote            CSV quote character; null = {@code "}
 * @param encoding         text encoding name (UTF-8, windows-1252, GB18030...); null = detect
 * @param decimalSeparator decimal separator of text numbers, '.' or ','; null = detect
 * @param dateFormat       java.time pattern of text dates (e.g. dd/MM/yyyy); null = detect
 * @param types            column types forced by the user, by column name
 * @param password         password of a protected workbook, or null
 * @param maxRows          rows read at most (a safety limit; exceeding it is reported)
 * @param maxBytes         bytes read at most, after decompression (a safety limit; exceeding it is fatal)
 * @param sampleRows       rows used to detect the header and infer column types
 */
public record ReadOptions(String sheet, int headerRow, Character delimiter, Character quote, String encoding,
                          Character decimalSeparator, String dateFormat, Map<String, ColumnType> types,
                          String password, long maxRows, long maxBytes, int sampleRows) {

    /** Default safety limit on rows. */
    public static final long DEFAULT_MAX_ROWS = 50_000_000L;
    /** Default safety limit on (decompressed) bytes: 4 GiB. */
    public static final long DEFAULT_MAX_BYTES = 4L << 30;

    /** Validates and copies. */
    public ReadOptions {
        types = types == null ? Map.of() : Map.copyOf(types);
        if (headerRow < 0) {
            throw new IllegalArgumentException("headerRow must be >= 0");
        }
        if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal separator must be '.' or ','");
        }
        if (maxRows <= 0 || maxBytes <= 0 || sampleRows < 10) {
            throw new IllegalArgumentException("limits must be positive and sampleRows >= 10");
        }
    }

    /** Everything detected automatically. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, 0, null, null, null, null, null, Map.of(), null,
                DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES, 1000);
    }

    /** With a sheet chosen by name or 1-based number. */
    public ReadOptions withSheet(String s) {
        return new ReadOptions(s, headerRow, delimiter, quote, encoding, decimalSeparator, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With the header on a given 1-based row (0 = detect). */
    public ReadOptions withHeaderRow(int row) {
        return new ReadOptions(sheet, row, delimiter, quote, encoding, decimalSeparator, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With a CSV delimiter. */
    public ReadOptions withDelimiter(Character d) {
        return new ReadOptions(sheet, headerRow, d, quote, encoding, decimalSeparator, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With a CSV quote character. */
    public ReadOptions withQuote(Character q) {
        return new ReadOptions(sheet, headerRow, delimiter, q, encoding, decimalSeparator, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With a text encoding. */
    public ReadOptions withEncoding(String e) {
        return new ReadOptions(sheet, headerRow, delimiter, quote, e, decimalSeparator, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With a decimal separator ('.' or ','). */
    public ReadOptions withDecimalSeparator(Character d) {
        return new ReadOptions(sheet, headerRow, delimiter, quote, encoding, d, dateFormat, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With a date pattern (java.time syntax). */
    public ReadOptions withDateFormat(String f) {
        return new ReadOptions(sheet, headerRow, delimiter, quote, encoding, decimalSeparator, f, types, password, maxRows, maxBytes, sampleRows);
    }

    /** With one column's type forced. */
    public ReadOptions withType(String column, ColumnType type) {
        Map<String, ColumnType> t = new LinkedHashMap<>(types);
        t.put(column, type);
        return new ReadOptions(sheet, headerRow, delimiter, quote, encoding, decimalSeparator, dateFormat, t, password, maxRows, maxBytes, sampleRows);
    }

    /** With a workbook password. */
    public ReadOptions withPassword(String p) {
        return new ReadOptions(sheet, headerRow, delimiter, quote, encoding, decimalSeparator, dateFormat, types, p, maxRows, maxBytes, sampleRows);
    }

    /** With safety limits. */
    public ReadOptions withLimits(long rows, long bytes) {
        return new ReadOptions(sheet, headerRow, delimiter, quote, encoding, decimalSeparator, dateFormat, types, password, rows, bytes, sampleRows);
    }
}
