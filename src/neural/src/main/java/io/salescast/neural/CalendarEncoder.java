package io.salescast.neural;

import io.salescast.series.Frequency;

import java.time.LocalDate;

/**
 * Calendar inputs of a period, computed from its first day: day of week (one-hot, daily data),
 * month of year (sine and cosine), day of month, and for each {@link Festival} a flag for the
 * period holding it plus a ramp over the two weeks before it (shoppers buy ahead).
 */
final class CalendarEncoder {

    /** Inputs per period. */
    static final int WIDTH = 7 + 2 + 1 + 2 * Festival.values().length;
    private static final int RAMP_DAYS = 14;

    private final Frequency frequency;

    CalendarEncoder(Frequency frequency) {
        this.frequency = frequency;
    }

    /** Writes the {@link #WIDTH} inputs of the period starting at {@code start} into {@code out[offset..]}. */
    void encode(LocalDate start, float[] out, int offset) {
        int k = offset;
        for (int d = 1; d <= 7; d++) {
            out[k++] = frequency == Frequency.DAILY && start.getDayOfWeek().getValue() == d ? 1f : 0f;
        }
        double angle = 2 * Math.PI * (start.getMonthValue() - 1) / 12.0;
        out[k++] = (float) Math.sin(angle);
        out[k++] = (float) Math.cos(angle);
        out[k++] = (start.getDayOfMonth() - 1) / 30f;
        LocalDate end = frequency.step(start, 1);
        for (Festival f : Festival.values()) {
            LocalDate next = f.nextOnOrAfter(start);
            out[k++] = next.isBefore(end) ? 1f : 0f;
            long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(end.minusDays(1), next);
            out[k++] = daysBefore >= 1 && daysBefore <= RAMP_DAYS ? (RAMP_DAYS + 1 - daysBefore) / (float) RAMP_DAYS : 0f;
        }
    }
}
