package io.salescast.series;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Numbers the periods of a frequency: consecutive integers for consecutive periods, so that a
 * series is an array indexed by ordinal minus its first ordinal. Labels are first days.
 */
final class PeriodIndex {

    /** Epoch day of Monday 1970-01-05. */
    private static final long FIRST_MONDAY = 4;

    private final Frequency frequency;
    private final long weekBase;

    PeriodIndex(Frequency frequency, DayOfWeek weekStart) {
        this.frequency = frequency;
        this.weekBase = FIRST_MONDAY + weekStart.getValue() - 1;
    }

    /** Ordinal of the period holding an epoch day. */
    int ordinal(long epochDay) {
        return switch (frequency) {
            case DAILY -> (int) epochDay;
            case WEEKLY -> (int) Math.floorDiv(epochDay - weekBase, 7);
            case MONTHLY -> {
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                yield (d.getYear() - 1970) * 12 + d.getMonthValue() - 1;
            }
        };
    }

    /** Label (first day) of a period. */
    LocalDate label(int ordinal) {
        return switch (frequency) {
            case DAILY -> LocalDate.ofEpochDay(ordinal);
            case WEEKLY -> LocalDate.ofEpochDay(weekBase + 7L * ordinal);
            case MONTHLY -> LocalDate.of(1970 + Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1, 1);
        };
    }
}
