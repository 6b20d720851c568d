package io.salescast.features;

import io.salescast.series.Frequency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** Calendar columns (from the period label) and event columns (distance to festivals and user events). */
final class CalendarColumns {

    private CalendarColumns() {
    }

    static List<Column> calendar(FeatureSpec spec, Frequency f) {
        List<Column> out = new ArrayList<>();
        for (FeatureSpec.CalendarFeature c : spec.calendar()) {
            if (f != Frequency.DAILY && (c == FeatureSpec.CalendarFeature.DAY_OF_WEEK || c == FeatureSpec.CalendarFeature.WEEKEND
                    || c == FeatureSpec.CalendarFeature.DAY_OF_MONTH)) {
                continue; // a week or month label's weekday says nothing
            }
            out.add(switch (c) {
                case DAY_OF_WEEK -> col("dow", "day of week", (d) -> d.getDayOfWeek().getValue());
                case DAY_OF_MONTH -> col("dom", "day of month", LocalDate::getDayOfMonth);
                case WEEK_OF_YEAR -> col("week", "week of year", (d) -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> col("month", "month", LocalDate::getMonthValue);
                case QUARTER -> col("quarter", "quarter", (d) -> (d.getMonthValue() - 1) / 3 + 1);
                case WEEKEND -> col("weekend", "weekend", (d) -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0);
                case MONTH_START -> col("month_start", "first days of the month", (d) -> d.getDayOfMonth() <= 3 ? 1 : 0);
                case MONTH_END -> col("month_end", "last days of the month",
                        (d) -> d.getDayOfMonth() > d.lengthOfMonth() - 3 ? 1 : 0);
            });
        }
        return out;
    }

    /**
     * Two columns per event: {@code event_<name>_before} counts down to the event (window + 1 on
     * the event's own period, 1 at {@code window} periods before, 0 otherwise) and
     * {@code event_<name>_after} counts down after it (window at the period after, 0 beyond the window).
     */
    static List<Column> events(EventCalendar calendar, int window, Frequency f) {
        List<Column> out = new ArrayList<>();
        for (EventCalendar.Event e : calendar.events()) {
            long[] days = e.dates().stream().mapToLong(LocalDate::toEpochDay).toArray();
            if (days.length == 0) {
                continue;
            }
            out.add(Column.of(new FeatureInfo("event_" + e.name() + "_before", "run-up to " + e.label(), FeatureFamily.EVENTS),
                    (s, t) -> before(s.date(t), days, window, f)));
            if (window > 0) {
                out.add(Column.of(new FeatureInfo("event_" + e.name() + "_after", "days after " + e.label(), FeatureFamily.EVENTS),
                        (s, t) -> after(s.date(t), days, window, f)));
            }
        }
        return out;
    }

    private static double before(LocalDate label, long[] days, int window, Frequency f) {
        int i = java.util.Arrays.binarySearch(days, label.toEpochDay());
        int next = i >= 0 ? i : -i - 1;
        if (next >= days.length) {
            return 0;
        }
        long d = f.periodsBetween(label, LocalDate.ofEpochDay(days[next]));
        return d >= 0 && d <= window ? window + 1 - d : 0;
    }

    private static double after(LocalDate label, long[] days, int window, Frequency f) {
        int i = java.util.Arrays.binarySearch(days, label.toEpochDay());
        int prev = i >= 0 ? i - 1 : -i - 2;
        if (prev < 0) {
            return 0;
        }
        long d = f.periodsBetween(LocalDate.ofEpochDay(days[prev]), label);
        return d >= 1 && d <= window ? window + 1 - d : 0;
    }

    private static Column col(String name, String label, java.util.function.ToIntFunction<LocalDate> fn) {
        return Column.of(new FeatureInfo(name, label, FeatureFamily.SEASONALITY),
                (s, t) -> fn.applyAsInt(s.date(t)));
    }
}
