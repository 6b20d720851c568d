package io.salescast.sample;

import java.time.LocalDate;

/**
 * A planted stock-out: zero units sold with the stock-out flag set on every day of it.
 *
 * @param start first day out of stock
 * @param end   last day out of stock (inclusive)
 */
public record StockOut(LocalDate start, LocalDate end) {

    /** Whether {@code date} is a stock-out day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
