package io.salescast.sample;

import java.time.LocalDate;

/**
 * A planted promotion of one product.
 *
 * @param start    first promotion day
 * @param end      last promotion day (inclusive)
 * @param discount fraction off the regular price (0.2 = 20 % off)
 * @param uplift   multiplier on expected demand on promotion days, price effect included:
 *                 {@code (1 - discount)^-elasticity * promoBoost}, capped at {@link #MAX_UPLIFT}
 */
public record Promotion(LocalDate start, LocalDate end, double discount, double uplift) {

    /** Upper bound of a planted uplift, to stay plausible. */
    public static final double MAX_UPLIFT = 4.5;

    /** Whether {@code date} is a promotion day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Number of promotion days. */
    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    }
}
