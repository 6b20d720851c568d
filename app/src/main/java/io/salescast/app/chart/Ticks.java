package io.salescast.app.chart;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks at round values: 1-2-5 steps for numbers, calendar steps for dates. */
public final class Ticks {

    /**
     * One tick.
     *
     * @param value position in data units
     * @param label text
     */
    public record Tick(double value, String label) {
    }

    private static final int[] DAY_STEPS = {1, 2, 7, 14};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50};

    private Ticks() {
    }

    /** A round step near {@code range / maxTicks}: 1, 2 or 5 times a power of ten. */
    public static double niceStep(double range, int maxTicks) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / Math.max(1, maxTicks);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Number ticks within [lo, hi]. */
    public static List<Tick> numeric(double lo, double hi, int maxTicks, Locale locale) {
        double step = niceStep(hi - lo, maxTicks);
        List<Tick> out = new ArrayList<>();
        double start = Math.ceil(lo / step - 1e-9) * step;
        for (int i = 0; i < 1000; i++) {
            double v = start + i * step;
            if (v > hi + step * 1e-9) {
                break;
            }
            out.add(new Tick(v, format(v, step, locale)));
        }
        return out;
    }

    /**
     * A short, locale-formatted number: thousands become "k", millions "M" when the step allows.
     */
    public static String format(double v, double step, Locale locale) {
        double a = Math.abs(step);
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        String suffix = "";
        double shown = v;
        double shownStep = a;
        if (a >= 1e5 && Math.abs(v) >= 1e6) {
            shown = v / 1e6;
            shownStep = a / 1e6;
            suffix = "M";
        } else if (a >= 1e3 && Math.abs(v) >= 1e4) {
            shown = v / 1e3;
            shownStep = a / 1e3;
            suffix = "k";
        }
        int decimals = shownStep >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(shownStep) - 1e-9));
        nf.setMaximumFractionDigits(decimals);
        nf.setMinimumFractionDigits(decimals);
        if (Math.abs(shown) < 1e-12) {
            shown = 0;
        }
        return nf.format(shown) + suffix;
    }

    /** Date ticks within [loDay, hiDay] (epoch days). */
    public static List<Tick> dates(double loDay, double hiDay, int maxTicks, Locale locale) {
        double span = Math.max(1, hiDay - loDay);
        int ticks = Math.max(1, maxTicks);
        for (int d : DAY_STEPS) {
            if (span / d <= ticks) {
                return dayTicks(loDay, hiDay, d, locale);
            }
        }
        for (int m : MONTH_STEPS) {
            if (span / (30.44 * m) <= ticks) {
                return monthTicks(loDay, hiDay, m, locale);
            }
        }
        for (int y : YEAR_STEPS) {
            if (span / (365.25 * y) <= ticks || y == YEAR_STEPS[YEAR_STEPS.length - 1]) {
                return yearTicks(loDay, hiDay, y);
            }
        }
        return List.of();
    }

    private static List<Tick> dayTicks(double lo, double hi, int step, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate d = LocalDate.ofEpochDay((long) Math.ceil(lo));
        if (step >= 7) {
            d = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        } else if (step > 1 && d.toEpochDay() % step != 0) {
            d = d.plusDays(step - Math.floorMod(d.toEpochDay(), step));
        }
        List<Tick> out = new ArrayList<>();
        for (; d.toEpochDay() <= hi; d = d.plusDays(step)) {
            out.add(new Tick(d.toEpochDay(), d.format(f)));
        }
        return out;
    }

    private static List<Tick> monthTicks(double lo, double hi, int step, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        LocalDate d = LocalDate.ofEpochDay((long) Math.ceil(lo));
        d = d.getDayOfMonth() == 1 ? d : d.withDayOfMonth(1).plusMonths(1);
        while ((d.getMonthValue() - 1) % step != 0) {
            d = d.plusMonths(1);
        }
        List<Tick> out = new ArrayList<>();
        for (; d.toEpochDay() <= hi; d = d.plusMonths(step)) {
            out.add(new Tick(d.toEpochDay(), d.format(f)));
        }
        return out;
    }

    private static List<Tick> yearTicks(double lo, double hi, int step) {
        LocalDate d = LocalDate.ofEpochDay((long) Math.ceil(lo));
        int year = d.getDayOfYear() == 1 ? d.getYear() : d.getYear() + 1;
        year = (int) (Math.ceil(year / (double) step) * step);
        List<Tick> out = new ArrayList<>();
        for (LocalDate y = LocalDate.of(year, 1, 1); y.toEpochDay() <= hi; y = y.plusYears(step)) {
            out.add(new Tick(y.toEpochDay(), Integer.toString(y.getYear())));
        }
        return out;
    }
}
