package io.salescast.core;

/**
 * Where in an input a problem sits. Any part may be absent (null, or a row/column below 1).
 *
 * @param file   file name as the user knows it (no directories needed), or null
 * @param sheet  sheet name for workbooks, or null
 * @param row    1-based row number as a spreadsheet shows it, or 0 when not about one row
 * @param column column name or letter as the user sees it, or null
 */
public record Location(String file, String sheet, long row, String column) {

    /** A location naming only a file. */
    public static Location ofFile(String file) {
        return new Location(file, null, 0, null);
    }

    /** Readable form such as {@code sales.xlsx, sheet "Daily", row 17, column "units"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (sheet != null) {
            sep(sb).append("sheet \"").append(sheet).append('"');
        }
        if (row > 0) {
            sep(sb).append("row ").append(row);
        }
        if (column != null) {
            sep(sb).append("column \"").append(column).append('"');
        }
        return sb.toString();
    }

    private static StringBuilder sep(StringBuilder sb) {
        return sb.isEmpty() ? sb : sb.append(", ");
    }
}
