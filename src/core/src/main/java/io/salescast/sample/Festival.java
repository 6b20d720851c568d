package io.salescast.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Shopping festivals of the sample store and their store-wide demand shape around the peak day.
 * A product's festival multiplier is {@code baseMultiplier(date) ^ sensitivity}, with its
 * sensitivity recorded in the truth. Outside its window a festival's multiplier is 1.
 */
public enum Festival {
    /** JD's mid-year sale, 18 June: a two-week run-up and a strong peak. */
    MID_YEAR_618("6.18"),
    /** Singles' Day, 11 November: the biggest day of the year. */
    SINGLES_DAY_1111("11.11"),
    /** Black Friday (day after the fourth Thursday of November) through Cyber Monday. */
    BLACK_FRIDAY("black-friday"),
    /** Christmas run-up from 1 December, the shipping cut-off, the quiet holidays and Boxing Day. */
    CHRISTMAS("christmas");

    private final String key;

    Festival(String key) {
        this.key = key;
    }

    /** Short key used in the truth file ("11.11", "black-friday"...). */
    public String key() {
        return key;
    }

    /** The festival's main day in a year. */
    public LocalDate peakDate(int year) {
        return switch (this) {
            case MID_YEAR_618 -> LocalDate.of(year, Month.JUNE, 18);
            case SINGLES_DAY_1111 -> LocalDate.of(year, Month.NOVEMBER, 11);
            case BLACK_FRIDAY -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
            case CHRISTMAS -> LocalDate.of(year, Month.DECEMBER, 20);
        };
    }

    /** The store-wide multiplier on the peak day. */
    public double peakMultiplier() {
        return baseMultiplier(peakDate(2024));
    }

    /** Whether {@code date} falls inside the festival's window (multiplier differs from 1). */
    public boolean isActive(LocalDate date) {
        return baseMultiplier(date) != 1.0;
    }

    /** Store-wide demand multiplier of this festival on {@code date} (1 outside its window). */
    public double baseMultiplier(LocalDate date) {
        long d = ChronoUnit.DAYS.between(peakDate(date.getYear()), date);
        return switch (this) {
            case MID_YEAR_618 -> d >= -17 && d <= -3 ? 1.15 : d == -2 || d == -1 ? 1.4 : d == 0 ? 2.6
                    : d == 1 || d == 2 ? 1.2 : 1.0;
            case SINGLES_DAY_1111 -> d == -1 ? 1.5 : d == 0 ? 3.5 : d == 1 ? 1.3 : 1.0;
            case BLACK_FRIDAY -> d == -1 ? 1.3 : d == 0 ? 3.0 : d == 1 ? 1.8 : d == 2 ? 1.5 : d == 3 ? 2.2 : 1.0;
            case CHRISTMAS -> christmas(date);
        };
    }

    private static double christmas(LocalDate date) {
        if (date.getMonth() != Month.DECEMBER) {
            return 1.0;
        }
        int day = date.getDayOfMonth();
        if (day <= 20) {
            return 1.15 + (1.9 - 1.15) * (day - 1) / 19.0; // gift-buying ramp up to the 20th
        }
        return switch (day) {
            case 21, 22 -> 1.3;
            case 23 -> 0.9;
            case 24 -> 0.6;
            case 25 -> 0.35;
            case 26 -> 1.2;
            default -> 1.0;
        };
    }
}
