package io.salescast.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * One way of writing dates as text (2024-03-01, 01/03/2024, 1 Mar 2024, Mar 2024, 2024-W09...).
 * {@link #parse} returns the local date-time as epoch seconds (UTC arithmetic, no time zone), or
 * {@link #NO_DATE}. Months and weeks read as their first day (ISO weeks: Monday).
 */
interface DateShape {

    /** Returned when a text does not match. */
    long NO_DATE = Long.MIN_VALUE;

    /** Field order of numeric dates. */
    enum Order { YMD, DMY, MDY, OTHER }

    /** Parses a trimmed text. */
    long parse(String s);

    /** The pattern for messages, in java.time syntax. */
    String pattern();

    /** Field order (to exclude day/month-swapped shapes once one was chosen). */
    Order order();

    /** Epoch seconds of a local date-time. */
    static long epochSecond(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** A shape from a user's java.time pattern (a date, a date-time or a year-month). */
    static DateShape ofPattern(String pattern) {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
        boolean hasTime = pattern.contains("H") || pattern.contains("h") || pattern.contains("m");
        boolean hasDay = pattern.contains("d");
        Kind kind = hasTime ? Kind.DATETIME : hasDay ? Kind.DATE : Kind.MONTH;
        return new Formatted(f, pattern, kind);
    }

    /** What a formatted shape yields. */
    enum Kind { DATE, DATETIME, MONTH }

    /** A java.time formatter based shape (text months, year-months). */
    record Formatted(DateTimeFormatter formatter, String pattern, Kind kind) implements DateShape {
        @Override
        public long parse(String s) {
            try {
                return switch (kind) {
                    case DATE -> LocalDate.parse(s, formatter).toEpochDay() * 86_400L;
                    case DATETIME -> epochSecond(LocalDateTime.parse(s, formatter));
                    case MONTH -> YearMonth.parse(s, formatter).atDay(1).toEpochDay() * 86_400L;
                };
            } catch (DateTimeParseException e) {
                return NO_DATE;
            }
        }

        @Override
        public Order order() {
            return Order.OTHER;
        }

        /** A shape from an English pattern, strict about day numbers. */
        static Formatted of(String pattern, Kind kind) {
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            return new Formatted(f, pattern, kind);
        }
    }

    /** ISO week labels such as 2024-W09 or 2024W09, read as the Monday of that week. */
    record IsoWeek() implements DateShape {
        @Override
        public long parse(String s) {
            int w = s.indexOf('W');
            if (w < 4 || w + 3 > s.length() || s.length() > w + 5) {
                return NO_DATE;
            }
            try {
                int year = Integer.parseInt(s.substring(0, 4));
                int week = Integer.parseInt(s.substring(w + 1, w + 3));
                if ((w == 5 && s.charAt(4) != '-') || w > 5 || week < 1 || week > 53 || year < 1900 || year > 2200) {
                    return NO_DATE;
                }
                LocalDate monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
                return monday.toEpochDay() * 86_400L;
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return NO_DATE;
            }
        }

        @Override
        public String pattern() {
            return "YYYY-'W'ww";
        }

        @Override
        public Order order() {
            return Order.OTHER;
        }
    }
}
