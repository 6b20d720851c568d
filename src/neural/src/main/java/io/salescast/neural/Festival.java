package io.salescast.neural;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Shopping festivals that move e-commerce sales, as inputs of the networks: Singles' Day (11.11),
 * the 6.18 mid-year sale, Black Friday (the day after the fourth Thursday of November) and
 * Christmas Day.
 */
enum Festival {
    SINGLES_DAY, MID_YEAR_618, BLACK_FRIDAY, CHRISTMAS;

    /** The festival's date in {@code year}. */
    LocalDate in(int year) {
        return switch (this) {
            case SINGLES_DAY -> LocalDate.of(year, Month.NOVEMBER, 11);
            case MID_YEAR_618 -> LocalDate.of(year, Month.JUNE, 18);
            case BLACK_FRIDAY -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
            case CHRISTMAS -> LocalDate.of(year, Month.DECEMBER, 25);
        };
    }

    /** The first occurrence on or after {@code date}. */
    LocalDate nextOnOrAfter(LocalDate date) {
        LocalDate d = in(date.getYear());
        return d.isBefore(date) ? in(date.getYear() + 1) : d;
    }
}
