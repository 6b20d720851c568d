package io.salescast.report;

/**
 * Neutralises text that a spreadsheet could run as a formula (CSV/formula injection, OWASP).
 * Product names and ids come from imported files, so a name such as
 * {@code =HYPERLINK("http://x","y")} must stay plain text in every export.
 *
 * <p>XLSX: such text is written as a string cell with the quote-prefix style (Excel's leading
 * apostrophe), so it displays unchanged and stays text even when the cell is edited. CSV: the value
 * is prefixed with a single quote, as OWASP recommends, because a CSV reader has no cell types.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * Whether {@code text} starts with a character a spreadsheet treats as the start of a formula
     * ({@code = + - @}, tab, carriage return or line feed).
     */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                // full-width variants that some spreadsheets normalise to their ASCII forms
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The value to write into a CSV field: dangerous text gets a leading single quote. */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return isDangerous(text) ? "'" + text : text;
    }

    /**
     * Text for places where no cell style is available (chart titles, series names, sheet
     * captions): dangerous text gets a leading single quote, like CSV.
     */
    public static String forLabel(String text) {
        return forCsv(text);
    }
}
