package io.salescast.features;

import io.salescast.core.SalescastException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Named events (festivals, holidays, user events) with their dates. The built-in calendar holds
 * the shopping festivals and holidays that move e-commerce sales: New Year, Chinese New Year
 * (Spring Festival), Valentine's Day, Women's Day (3.8), Easter, Mother's Day (US), the 6.18 mid-year
 * sale, Singles' Day (11.11), Black Friday, Cyber Monday and Christmas. Dates are computed by rule
 * (Easter by the Gregorian computus; Chinese New Year from a table, 2010-2035).
 */
public final class EventCalendar {

    /**
     * One named event.
     *
     * @param name  column-safe name, e.g. {@code black_friday}
     * @param label readable name, e.g. {@code Black Friday}
     * @param dates sorted dates on which it happens
     */
    public record Event(String name, String label, List<LocalDate> dates) {
        /** Copies the dates. */
        public Event {
            dates = List.copyOf(new TreeSet<>(dates));
        }
    }

    private static final String[] CHINESE_NEW_YEAR = {
        "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08",
        "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22",
        "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03",
        "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08"};

    private final List<Event> events;

    /** A calendar of the given events (names must be unique). */
    public EventCalendar(List<Event> events) {
        Map<String, Event> byName = new LinkedHashMap<>();
        for (Event e : events) {
            if (byName.put(e.name(), e) != null) {
                throw new IllegalArgumentException("duplicate event " + e.name());
            }
        }
        this.events = List.copyOf(events);
    }

    /** The events in order. */
    public List<Event> events() {
        return events;
    }

    /** The built-in festivals and holidays for the years {@code fromYear..toYear}. */
    public static EventCalendar builtIn(int fromYear, int toYear) {
        List<Event> out = new ArrayList<>();
        out.add(yearly("new_year", "New Year's Day", fromYear, toYear, y -> LocalDate.of(y, 1, 1)));
        List<LocalDate> cny = new ArrayList<>();
        for (String d : CHINESE_NEW_YEAR) {
            LocalDate date = LocalDate.parse(d);
            if (date.getYear() >= fromYear && date.getYear() <= toYear) {
                cny.add(date);
            }
        }
        out.add(new Event("chinese_new_year", "Chinese New Year", cny));
        out.add(yearly("valentines_day", "Valentine's Day", fromYear, toYear, y -> LocalDate.of(y, 2, 14)));
        out.add(yearly("womens_day", "Women's Day (3.8)", fromYear, toYear, y -> LocalDate.of(y, 3, 8)));
        out.add(yearly("easter", "Easter", fromYear, toYear, EventCalendar::easter));
        out.add(yearly("mothers_day", "Mother's Day", fromYear, toYear,
                y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY))));
        out.add(yearly("festival_618", "6.18 mid-year sale", fromYear, toYear, y -> LocalDate.of(y, 6, 18)));
        out.add(yearly("singles_day", "Singles' Day (11.11)", fromYear, toYear, y -> LocalDate.of(y, 11, 11)));
        out.add(yearly("black_friday", "Black Friday", fromYear, toYear, y -> thanksgiving(y).plusDays(1)));
        out.add(yearly("cyber_monday", "Cyber Monday", fromYear, toYear, y -> thanksgiving(y).plusDays(4)));
        out.add(yearly("christmas", "Christmas", fromYear, toYear, y -> LocalDate.of(y, 12, 25)));
        return new EventCalendar(out);
    }

    /**
     * This calendar plus user events written as {@code name:yyyy-mm-dd} (several dates of one
     * event as several entries or {@code name:date1;date2}). A user event with a built-in's name
     * replaces it.
     *
     * @throws SalescastException when an entry cannot be read
     */
    public EventCalendar withCustom(List<String> specs) {
        Map<String, List<LocalDate>> custom = new LinkedHashMap<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw badEvent(spec, null);
            }
            String name = slug(spec.substring(0, colon));
            for (String d : spec.substring(colon + 1).split("[;,]")) {
                try {
                    custom.computeIfAbsent(name, k -> new ArrayList<>()).add(LocalDate.parse(d.trim()));
                } catch (DateTimeParseException e) {
                    throw badEvent(spec, e);
                }
            }
        }
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events) {
            out.put(e.name(), e);
        }
        custom.forEach((name, dates) -> out.put(name, new Event(name, name.replace('_', ' '), dates)));
        return new EventCalendar(new ArrayList<>(out.values()));
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** US Thanksgiving: fourth Thursday of November. */
    public static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Lower-case, column-safe form of a name. */
    static String slug(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "event" : s;
    }

    private static Event yearly(String name, String label, int from, int to, java.util.function.IntFunction<LocalDate> rule) {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            dates.add(rule.apply(y));
        }
        return new Event(name, label, dates);
    }

    private static SalescastException badEvent(String spec, Throwable cause) {
        return new SalescastException("The event '" + spec + "' cannot be read.",
                "Write events as name:yyyy-mm-dd, for example store_anniversary:2024-05-20.", null, cause);
    }
}
