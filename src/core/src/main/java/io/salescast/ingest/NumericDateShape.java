package io.salescast.ingest;

/**
 * Fast parser for all-numeric dates with one separator and a field order (2024-03-01,
 * 01/03/2024, 3.1.24 ...), optionally followed by a time of day ({@code 14:05}, {@code 14:05:09},
 * {@code 2:05 PM}, ISO {@code T14:05:09Z}; offsets are ignored). No allocation per call.
 */
record NumericDateShape(Order order, char separator) implements DateShape {

    @Override
    public String pattern() {
        String s = String.valueOf(separator);
        return switch (order) {
            case YMD -> "yyyy" + s + "MM" + s + "dd";
            case DMY -> "dd" + s + "MM" + s + "yyyy";
            case MDY -> "MM" + s + "dd" + s + "yyyy";
            case OTHER -> throw new IllegalStateException();
        };
    }

    @Override
    public long parse(String s) {
        int n = s.length();
        int i = 0;
        int f0 = 0;
        int f1 = 0;
        int f2 = 0;
        int len0;
        int len2;
        int start = i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            f0 = f0 * 10 + s.charAt(i) - '0';
        }
        len0 = i - start;
        if (len0 == 0 || len0 > 4 || i >= n || s.charAt(i) != separator) {
            return NO_DATE;
        }
        start = ++i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            f1 = f1 * 10 + s.charAt(i) - '0';
        }
        if (i - start == 0 || i - start > 2 || i >= n || s.charAt(i) != separator) {
            return NO_DATE;
        }
        start = ++i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            f2 = f2 * 10 + s.charAt(i) - '0';
        }
        len2 = i - start;
        int y;
        int m;
        int d;
        switch (order) {
            case YMD -> {
                if (len0 != 4 || len2 > 2) {
                    return NO_DATE;
                }
                y = f0;
                m = f1;
                d = f2;
            }
            case DMY, MDY -> {
                if (len0 > 2 || (len2 != 4 && len2 != 2)) {
                    return NO_DATE;
                }
                y = len2 == 2 ? (f2 < 70 ? 2000 + f2 : 1900 + f2) : f2;
                m = order == Order.DMY ? f1 : f0;
                d = order == Order.DMY ? f0 : f1;
            }
            default -> {
                return NO_DATE;
            }
        }
        if (len2 == 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1800 || y > 2300) {
            return NO_DATE;
        }
        long day = epochDay(y, m, d);
        if (i == n) {
            return day * 86_400L;
        }
        char c = s.charAt(i);
        if (c != ' ' && c != 'T') {
            return NO_DATE;
        }
        int seconds = time(s, i + 1);
        return seconds < 0 ? NO_DATE : day * 86_400L + seconds;
    }

    /** Seconds of the day of a time at {@code i}, or -1. */
    static int time(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int[] parts = new int[3];
        int k = 0;
        while (k < 3) {
            int start = i;
            int v = 0;
            for (; i < n && isDigit(s.charAt(i)); i++) {
                v = v * 10 + s.charAt(i) - '0';
            }
            if (i - start == 0 || i - start > 2) {
                return -1;
            }
            parts[k++] = v;
            if (i < n && s.charAt(i) == ':') {
                i++;
            } else {
                break;
            }
        }
        if (k < 2) {
            return -1;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int h = parts[0];
        if (i < n) {
            String rest = s.substring(i).toUpperCase(java.util.Locale.ROOT);
            if (rest.equals("AM") || rest.equals("PM")) {
                if (h < 1 || h > 12) {
                    return -1;
                }
                h = (h % 12) + (rest.equals("PM") ? 12 : 0);
            } else if (!(rest.equals("Z") || rest.matches("[+-]\\d{2}:?\\d{2}"))) {
                return -1;
            }
        }
        if (h > 23 || parts[1] > 59 || parts[2] > 59) {
            return -1;
        }
        return h * 3600 + parts[1] * 60 + parts[2];
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a valid civil date (H. Hinnant's algorithm). */
    static long epochDay(int y, int m, int d) {
        int yy = m <= 2 ? y - 1 : y;
        int era = Math.floorDiv(yy, 400);
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}
