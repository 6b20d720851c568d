package io.salescast.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Regular period length of a panel, with its natural season length and calendar step. A period
 * is always labelled by its first day.
 */
public enum Frequency {
    /** One period per calendar day; weekly season. */
    DAILY(7, "D"),
    /** One period per week (the week start is a setting of the aggregation, Monday by default). */
    WEEKLY(52, "W"),
    /** One period per calendar month, labelled by its first day. */
    MONTHLY(12, "MS");

    private final int seasonLength;
    private final String code;

    Frequency(int seasonLength, String code) {
        this.seasonLength = seasonLength;
        this.code = code;
    }

    /** Periods in the dominant season (7 for daily data, 52 for weekly, 12 for monthly). */
    public int seasonLength() {
        return seasonLength;
    }

    /** Short code as forecasting libraries write it (D, W, MS). */
    public String code() {
        return code;
    }

    /** The date {@code n} periods after {@code start} (n may be negative). */
    public LocalDate step(LocalDate start, long n) {
        return switch (this) {
            case DAILY -> start.plusDays(n);
            case WEEKLY -> start.plusWeeks(n);
            case MONTHLY -> start.plusMonths(n);
        };
    }

    /** Whole periods from {@code from} to {@code to}, both being period labels. */
    public long periodsBetween(LocalDate from, LocalDate to) {
        return switch (this) {
            case DAILY -> ChronoUnit.DAYS.between(from, to);
            case WEEKLY -> Math.floorDiv(ChronoUnit.DAYS.between(from, to), 7);
            case MONTHLY -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
        };
    }

    /** The label (first day) of the period holding {@code date}. */
    public LocalDate periodStart(LocalDate date, DayOfWeek weekStart) {
        return switch (this) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTHLY -> date.withDayOfMonth(1);
        };
    }

    /** Parses a name or code case-insensitively (daily, d, weekly, w, monthly, m, ms). */
    public static Frequency parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        for (Frequency f : values()) {
            if (f.name().equals(t) || f.code.equals(t)) {
                return f;
            }
        }
        if (t.equals("M") || t.equals("MONTH")) {
            return MONTHLY;
        }
        if (t.equals("DAY")) {
            return DAILY;
        }
        if (t.equals("WEEK")) {
            return WEEKLY;
        }
        throw new IllegalArgumentException("Unknown frequency '" + text + "': use daily, weekly or monthly");
    }
}
