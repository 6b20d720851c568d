package io.salescast.sample;

import java.time.LocalDate;

/**
 * A permanent change of a product's regular price.
 *
 * @param date   first day at the new price
 * @param price  the new regular price
 * @param reason "increase", "markdown" or "clearance" (before discontinuation)
 */
public record PriceChange(LocalDate date, double price, String reason) {
}
