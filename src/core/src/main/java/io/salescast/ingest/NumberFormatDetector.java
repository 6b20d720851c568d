package io.salescast.ingest;

/**
 * Tells from sample texts whether numbers use a decimal point or a decimal comma: "1.234,56" and
 * "12,5" vote for a comma, "1,234.56" and "12.5" for a point; "1,234" alone proves nothing. With no
 * evidence a semicolon-separated file is taken to use commas (that is why it uses semicolons).
 */
final class NumberFormatDetector {

    private int commaVotes;
    private int pointVotes;
    private int ambiguous;

    /** Looks at one trimmed text. */
    void accept(String s) {
        int commas = 0;
        int points = 0;
        int lastComma = -1;
        int lastPoint = -1;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == '.') {
                points++;
                lastPoint = i;
            } else if ("+-()%$\u20ac\u00a3 \u00a0".indexOf(c) < 0) {
                return;
            }
        }
        if (digits == 0) {
            return;
        }
        if (commas > 0 && points > 0) {
            if (lastComma > lastPoint && commas == 1 && groupsOfThree(s, '.', lastComma)) {
                commaVotes++;
            } else if (lastPoint > lastComma && points == 1 && groupsOfThree(s, ',', lastPoint)) {
                pointVotes++;
            }
        } else if (commas > 0) {
            vote(s, ',', commas, lastComma);
        } else if (points > 0) {
            vote(s, '.', points, lastPoint);
        }
    }

    private void vote(String s, char sep, int count, int last) {
        boolean comma = sep == ',';
        if (count > 1) {
            if (groupsOfThree(s, sep, s.length())) {
                if (comma) {
                    pointVotes++;
                } else {
                    commaVotes++;
                }
            }
            return;
        }
        int after = 0;
        for (int i = last + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            after++;
        }
        if (after == 3 && last > 0 && Character.isDigit(s.charAt(last - 1))) {
            ambiguous++;
        } else if (comma) {
            commaVotes++;
        } else {
            pointVotes++;
        }
    }

    /** Whether every group between separators {@code sep} before {@code end} has three digits. */
    private static boolean groupsOfThree(String s, char sep, int end) {
        int first = s.indexOf(sep);
        if (first < 0) {
            return true;
        }
        int run = 0;
        for (int i = first + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == sep) {
                if (run != 3) {
                    return false;
                }
                run = 0;
            } else if (Character.isDigit(c)) {
                run++;
            }
        }
        return run == 3;
    }

    /** The decimal separator the evidence points to; {@code fallback} when there is none. */
    char decimal(char fallback) {
        if (commaVotes > pointVotes) {
            return ',';
        }
        if (pointVotes > commaVotes) {
            return '.';
        }
        return fallback;
    }

    /** Whether the choice rests on no evidence while ambiguous numbers like 1,234 were seen. */
    boolean guessed() {
        return commaVotes == pointVotes && ambiguous > 0;
    }
}
