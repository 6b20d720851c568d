package io.salescast.app.viewmodel;

import io.salescast.series.Frequency;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Number, date and duration formats from the user's locale (never hard-coded separators). */
public final class Formats {

    private Formats() {
    }

    /** "day", "week" or "month". */
    public static String periodUnit(Frequency f) {
        return switch (f) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
        };
    }

    /** "daily", "weekly" or "monthly". */
    public static String frequency(Frequency f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** A number with at most {@code decimals} decimals. */
    public static String number(double v, int decimals, Locale locale) {
        if (Double.isNaN(v)) {
            return "–";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(decimals);
        nf.setMinimumFractionDigits(0);
        return nf.format(v);
    }

    /** A percentage of a fraction ({@code 0.123} is "12.3%"). */
    public static String percent(double fraction, int decimals, Locale locale) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        NumberFormat nf = NumberFormat.getPercentInstance(locale);
        nf.setMaximumFractionDigits(decimals);
        nf.setMinimumFractionDigits(decimals);
        return nf.format(fraction);
    }

    /** A date in the locale's medium style. */
    public static String date(LocalDate d, Locale locale) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** "1:05" or "12 s" style elapsed time. */
    public static String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d h", s / 3600, (s / 60) % 60);
    }
}
