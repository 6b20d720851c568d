package io.salescast.sample;

import java.time.LocalDate;

/**
 * One product's simulated days in compact form (about 13 bytes a day, so that 5,000 products over
 * three years fit in memory while the files are streamed). Money is kept in cents and discounts in
 * whole percent, so every derived figure is exact.
 *
 * @param sku          the product
 * @param first        date of index 0
 * @param units        units sold per day
 * @param priceCents   regular price per day, in cents
 * @param discountPct  promotional discount per day, in whole percent
 * @param flags        bit 0: promotion day, bit 1: stock-out day
 */
record ProductDays(String sku, LocalDate first, int[] units, int[] priceCents, byte[] discountPct, byte[] flags) {

    static final byte PROMO = 1;
    static final byte STOCKOUT = 2;

    /** Number of days. */
    int length() {
        return units.length;
    }

    /** Epoch day of index {@code i}. */
    long epochDay(int i) {
        return first.toEpochDay() + i;
    }

    /** Regular price. */
    double price(int i) {
        return priceCents[i] / 100.0;
    }

    /** Discount as a fraction. */
    double discount(int i) {
        return discountPct[i] / 100.0;
    }

    boolean promo(int i) {
        return (flags[i] & PROMO) != 0;
    }

    boolean stockout(int i) {
        return (flags[i] & STOCKOUT) != 0;
    }

    /** Revenue of the day: units at the discounted price, rounded to the cent. */
    double revenue(int i) {
        return lineRevenue(units[i], priceCents[i], discountPct[i]);
    }

    /** Revenue of {@code quantity} units at a price in cents and a discount in percent, rounded to the cent. */
    static double lineRevenue(long quantity, int priceCents, int discountPct) {
        long hundredthsOfCents = quantity * priceCents * (100L - discountPct);
        return Math.round(hundredthsOfCents / 100.0) / 100.0;
    }
}
