package io.salescast.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The planted demand of a product: the expected units on a day before noise and stock-outs, as
 * the product of its components. Public so that tests can compare what a model learnt with what
 * was planted (an oracle forecast).
 */
public final class DemandModel {

    private static final double DAYS_PER_YEAR = 365.25;

    private DemandModel() {
    }

    /**
     * Expected units of {@code p} on {@code date} (latent demand: stock-outs are not applied),
     * for data starting on {@code dataStart}.
     */
    public static double expectedUnits(ProductTruth p, LocalDate date, LocalDate dataStart) {
        return p.baseLevel()
                * p.weeklyProfile().get(date.getDayOfWeek().getValue() - 1)
                * yearly(p, date)
                * Math.exp(p.trendPerYear() * ChronoUnit.DAYS.between(dataStart, date) / DAYS_PER_YEAR)
                * ramp(p, date, dataStart)
                * Math.pow(p.regularPrice(date) / p.listPrice(), -p.elasticity())
                * promotion(p, date)
                * festival(p, date);
    }

    /** The yearly-seasonality multiplier. */
    public static double yearly(ProductTruth p, LocalDate date) {
        return 1 + p.yearlyAmplitude() * Math.cos(2 * Math.PI * (date.getDayOfYear() - p.yearlyPeakDay()) / DAYS_PER_YEAR);
    }

    /** The launch ramp: from 30 % on launch day to 100 % after {@code rampDays}. */
    public static double ramp(ProductTruth p, LocalDate date, LocalDate dataStart) {
        if (p.rampDays() <= 0 || !p.launchDate().isAfter(dataStart)) {
            return 1.0;
        }
        long t = ChronoUnit.DAYS.between(p.launchDate(), date);
        return Math.min(1.0, 0.3 + 0.7 * Math.max(0, t) / p.rampDays());
    }

    /**
     * The promotion multiplier: the promotion's uplift on its days; on the {@code dipDays} days
     * after it, {@code 1 - dipDepth * (dipDays - k + 1) / dipDays} on day k; otherwise 1.
     */
    public static double promotion(ProductTruth p, LocalDate date) {
        for (Promotion promo : p.promotions()) {
            if (promo.covers(date)) {
                return promo.uplift();
            }
            long k = ChronoUnit.DAYS.between(promo.end(), date);
            if (k >= 1 && k <= p.dipDays()) {
                return 1 - p.dipDepth() * (p.dipDays() - k + 1) / p.dipDays();
            }
        }
        return 1.0;
    }

    /** Whether {@code date} is in a post-promotion dip of {@code p}. */
    public static boolean inDip(ProductTruth p, LocalDate date) {
        for (Promotion promo : p.promotions()) {
            long k = ChronoUnit.DAYS.between(promo.end(), date);
            if (k >= 1 && k <= p.dipDays()) {
                return true;
            }
        }
        return false;
    }

    /** The festival multiplier: the product of {@code base(date)^sensitivity} over festivals. */
    public static double festival(ProductTruth p, LocalDate date) {
        double m = 1.0;
        for (Festival f : Festival.values()) {
            double base = f.baseMultiplier(date);
            if (base != 1.0) {
                m *= Math.pow(base, p.festivalSensitivity().get(f.key()));
            }
        }
        return m;
    }
}
