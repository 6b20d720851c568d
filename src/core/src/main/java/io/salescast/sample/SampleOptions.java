package io.salescast.sample;

import io.salescast.core.SalescastException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What to generate: seed, number of products and the (inclusive) date range. No wall-clock is
 * involved anywhere: the same options always give the same store.
 *
 * @param seed       seed of every random draw
 * @param products   number of products (1 to {@value #MAX_PRODUCTS})
 * @param start      first day of the data
 * @param end        last day of the data (inclusive)
 * @param orderLines whether the file writer also writes the order-lines CSV
 */
public record SampleOptions(long seed, int products, LocalDate start, LocalDate end, boolean orderLines) {

    /** Seed of the bundled samples. */
    public static final long DEFAULT_SEED = 42L;
    /** First day of the bundled samples. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);
    /** Largest catalogue the generator accepts. */
    public static final int MAX_PRODUCTS = 100_000;
    /** Shortest date range accepted, in days. */
    public static final int MIN_DAYS = 28;

    /** Validates. */
    public SampleOptions {
        if (start == null || end == null) {
            throw new SalescastException("The sample needs a start and an end date.", null, null, null);
        }
        if (products < 1 || products > MAX_PRODUCTS) {
            throw new SalescastException("Cannot generate " + products + " products.",
                    "Choose between 1 and " + MAX_PRODUCTS + " products.", null, null);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days < MIN_DAYS || days > 366L * 20) {
            throw new SalescastException("The sample's date range " + start + " to " + end + " spans " + days + " days.",
                    "Choose between " + MIN_DAYS + " days and 20 years.", null, null);
        }
    }

    /** 20 products over 2025 (one year), for unit tests of other modules; no order lines. */
    public static SampleOptions tiny() {
        return new SampleOptions(DEFAULT_SEED, 20, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false);
    }

    /** The bundled sample: 200 products, 2023-01-01 to 2025-12-31, with order lines. */
    public static SampleOptions sample() {
        return new SampleOptions(DEFAULT_SEED, 200, DEFAULT_START, LocalDate.of(2025, 12, 31), true);
    }

    /** A benchmark catalogue: 5,000 products over the same three years, without order lines. */
    public static SampleOptions benchmark() {
        return new SampleOptions(DEFAULT_SEED, 5000, DEFAULT_START, LocalDate.of(2025, 12, 31), false);
    }

    /** The same options with another seed. */
    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(newSeed, products, start, end, orderLines);
    }

    /** The same options with another number of products. */
    public SampleOptions withProducts(int n) {
        return new SampleOptions(seed, n, start, end, orderLines);
    }

    /** The same start with a range of {@code years} whole years. */
    public SampleOptions withYears(int years) {
        if (years < 1 || years > 20) {
            throw new SalescastException("Cannot generate " + years + " years of sales.", "Choose 1 to 20 years.", null, null);
        }
        return new SampleOptions(seed, products, start, start.plusYears(years).minusDays(1), orderLines);
    }

    /** The same options with another date range. */
    public SampleOptions withRange(LocalDate newStart, LocalDate newEnd) {
        return new SampleOptions(seed, products, newStart, newEnd, orderLines);
    }

    /** The same options with or without order lines. */
    public SampleOptions withOrderLines(boolean write) {
        return new SampleOptions(seed, products, start, end, write);
    }

    /** Number of days in the range. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }
}
