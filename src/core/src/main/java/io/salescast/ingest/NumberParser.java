package io.salescast.ingest;

/**
 * Parses numbers written as text in one file's convention: a decimal separator ('.' or ','),
 * thousands grouping by the other one (or spaces, apostrophes), currency signs, a trailing
 * percent sign (15% reads as 0.15) and accounting negatives in parentheses. Fast path for the
 * common case (at most 15 significant digits), exact like {@link Double#parseDouble}. Holds the
 * last result, so one instance per thread.
 */
final class NumberParser {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final char decimal;
    private final char grouping;
    private double value;
    private boolean integral;

    NumberParser(char decimal) {
        if (decimal != '.' && decimal != ',') {
            throw new IllegalArgumentException("decimal separator " + decimal);
        }
        this.decimal = decimal;
        this.grouping = decimal == '.' ? ',' : '.';
    }

    char decimal() {
        return decimal;
    }

    /** The value of the last successful parse. */
    double value() {
        return value;
    }

    /** Whether the last successful parse had no fractional digits (and no percent sign). */
    boolean integral() {
        return integral;
    }

    /** Parses a trimmed, non-empty text; false when it is not a number in this convention. */
    boolean parse(String s) {
        int start = 0;
        int end = s.length();
        boolean negative = false;
        if (end - start >= 2 && s.charAt(start) == '(' && s.charAt(end - 1) == ')') {
            negative = true;
            start++;
            end--;
        }
        boolean percent = false;
        // trailing decorations: percent, currency, spaces
        while (end > start) {
            char c = s.charAt(end - 1);
            if (c == '%' && !percent) {
                percent = true;
            } else if (!isCurrencyOrSpace(c)) {
                break;
            }
            end--;
        }
        // leading decorations: sign, currency, spaces
        boolean sign = false;
        while (start < end) {
            char c = s.charAt(start);
            if ((c == '-' || c == '+' || c == '\u2212') && !sign && !negative) {
                sign = true;
                negative = c != '+';
            } else if (!isCurrencyOrSpace(c)) {
                break;
            }
            start++;
        }
        if (start >= end) {
            return false;
        }
        return digits(s, start, end, negative, percent);
    }

    private boolean digits(String s, int start, int end, boolean negative, boolean percent) {
        long mantissa = 0;
        int significant = 0;
        int fraction = 0;
        boolean seenDecimal = false;
        boolean seenDigit = false;
        int groupDigits = -1; // digits since the last grouping separator, -1 = no grouping seen
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (significant > 0 || c != '0') {
                    significant++;
                }
                if (significant > 18) {
                    return slow(s, start, end, negative, percent);
                }
                mantissa = mantissa * 10 + (c - '0');
                if (seenDecimal) {
                    fraction++;
                } else if (groupDigits >= 0) {
                    groupDigits++;
                }
            } else if (c == decimal && !seenDecimal) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return false;
                }
                seenDecimal = true;
            } else if (!seenDecimal && seenDigit && isGrouping(c)) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return false;
                }
                if (groupDigits < 0 && digitsBefore(s, start, i) > 3) {
                    return false;
                }
                groupDigits = 0;
            } else if ((c == 'e' || c == 'E') && seenDigit) {
                return slow(s, start, end, negative, percent);
            } else {
                return false;
            }
        }
        if (!seenDigit || (groupDigits >= 0 && !seenDecimal && groupDigits != 3)) {
            return false;
        }
        int scale = fraction + (percent ? 2 : 0);
        double v;
        if (scale == 0) {
            v = mantissa;
        } else if (significant <= 15 && scale < POW10.length) {
            v = mantissa / POW10[scale];
        } else {
            return slow(s, start, end, negative, percent);
        }
        value = negative ? -v : v;
        integral = scale == 0;
        return true;
    }

    private static int digitsBefore(String s, int start, int pos) {
        int n = 0;
        for (int i = start; i < pos; i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private boolean slow(String s, int start, int end, boolean negative, boolean percent) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == decimal) {
                sb.append('.');
            } else if (!isGrouping(c)) {
                sb.append(c);
            }
        }
        try {
            java.math.BigDecimal bd = new java.math.BigDecimal(sb.toString());
            if (percent) {
                bd = bd.movePointLeft(2);
            }
            double v = bd.doubleValue();
            if (Double.isInfinite(v)) {
                return false;
            }
            value = negative ? -v : v;
            integral = bd.stripTrailingZeros().scale() <= 0;
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean isGrouping(char c) {
        return c == grouping || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'' || c == '\u2019';
    }

    private static boolean isCurrencyOrSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '$' || c == '\u20ac' || c == '\u00a3'
                || c == '\u00a5' || c == '\u20b9' || c == '\uffe5';
    }
}
