package io.salescast.ingest;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers shared by type inference and the column builders. */
final class CellTexts {

    /** Texts that mean "no value" in exported reports; in a number column they are bad cells. */
    static final Set<String> NA_MARKERS = Set.of("n/a", "na", "#n/a", "-", "--", "null", "none", "nan", "?", "#value!",
            "#div/0!", "#ref!", "#name?", "#num!", "#null!", "missing");

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "wahr", "ja", "oui", "si", "sí", "是");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "falsch", "nein", "non", "否");

    private static final Pattern TOTALS = Pattern.compile(
            "(?i)(grand\\s+)?(sub)?totals?:?|sum|summe|gesamt(summe)?|total general|totaal|合计|总计|小计");

    private static final Pattern DATE_HEADER = Pattern.compile(
            "(?i).*\\b(date|day|ds|datum|fecha|data|period|week|month|jour|tag)\\b.*|.*日期.*|.*日付.*");

    private CellTexts() {
    }

    /** Trimmed text, also removing non-breaking spaces; null stays null. */
    static String trim(String s) {
        if (s == null) {
            return null;
        }
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u202f' || c == '\ufeff';
    }

    /** Whether a cell value is blank (null or only spaces). */
    static boolean isBlank(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean isNaMarker(String trimmed) {
        return trimmed.length() <= 8 && NA_MARKERS.contains(trimmed.toLowerCase(Locale.ROOT));
    }

    /** 1 for a yes word, 0 for a no word, -1 otherwise. */
    static int booleanWord(String trimmed) {
        if (trimmed.length() > 6) {
            return -1;
        }
        String t = trimmed.toLowerCase(Locale.ROOT);
        return TRUE_WORDS.contains(t) ? 1 : FALSE_WORDS.contains(t) ? 0 : -1;
    }

    /** Whether the text is a tick mark flagging a row (x, ✓, ✔, *, •, +). */
    static boolean isTickMark(String trimmed) {
        return trimmed.length() == 1 && "xX\u2713\u2714*\u2022+".indexOf(trimmed.charAt(0)) >= 0;
    }

    /** Whether the text labels a totals row ("Total", "Grand total", "Sum", "合计"...). */
    static boolean isTotalsLabel(String trimmed) {
        return trimmed.length() <= 20 && TOTALS.matcher(trimmed).matches();
    }

    /** Whether a header suggests dates (for reading plain numbers as Excel serial dates). */
    static boolean isDateHeader(String header) {
        return DATE_HEADER.matcher(header).matches();
    }

    /** Whether a text looks like an identifier with leading zeros (00123), which must stay text. */
    static boolean hasLeadingZero(String trimmed) {
        return trimmed.length() > 1 && trimmed.charAt(0) == '0' && Character.isDigit(trimmed.charAt(1));
    }

    /** A cell value as text: numbers without needless decimals, dates in ISO form. */
    static String asText(Object v) {
        if (v instanceof String s) {
            return trim(s);
        }
        if (v instanceof Double d) {
            return RawColumn.formatNumber(d);
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return v == null ? "" : v.toString();
    }

    /** Spreadsheet column letter of a 0-based index (0 = A, 26 = AA). */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index + 1;
        while (i > 0) {
            int r = (i - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            i = (i - 1) / 26;
        }
        return sb.toString();
    }
}
