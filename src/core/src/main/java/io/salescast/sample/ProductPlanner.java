package io.salescast.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one product's planted behaviour around its category's profile: level, seasonality,
 * trend, elasticity, promotion response, festival sensitivity, noise, launch and discontinuation,
 * then its calendar of events through {@link EventPlanner}. Every number is rounded to four
 * decimals before it is used, so the truth file holds exactly the parameters of the simulation.
 */
final class ProductPlanner {

    /** Share of products launched inside the data range. */
    static final double LAUNCH_SHARE = 0.12;
    /** Share of products (among those not launched inside the range) discontinued before the end. */
    static final double DISCONTINUE_SHARE = 0.04;
    /** Share of intermittent long-tail products. */
    static final double INTERMITTENT_SHARE = 0.15;

    private final SampleOptions options;

    ProductPlanner(SampleOptions options) {
        this.options = options;
    }

    /** The truth of one product, drawn from its own stream. */
    ProductTruth plan(ProductIdentity id, SeededRandom r) {
        CategoryProfile cat = id.category();
        LocalDate start = options.start();
        LocalDate end = options.end();
        int days = options.days();
        boolean intermittent = r.chance(INTERMITTENT_SHARE);
        boolean launchedInside = r.chance(LAUNCH_SHARE) && days >= 240;
        LocalDate launch = launchedInside ? start.plusDays(r.integer(45, days - 150))
                : start.minusDays(r.integer(60, 1800));
        LocalDate discontinued = !launchedInside && days >= 365 && r.chance(DISCONTINUE_SHARE)
                ? start.plusDays(r.integer((int) (days * 0.35), days - 100)) : null;
        double base = intermittent ? r.uniform(0.05, 0.5) : clamp(Math.exp(Math.log(4.5) + 0.7 * r.normal()), 1.2, 50);
        List<Double> weekly = weeklyProfile(cat, r);
        double amplitude = Math.min(0.6, cat.yearlyAmplitude() * r.uniform(0.7, 1.3));
        int peakDay = Math.floorMod(cat.yearlyPeakDay() - 1 + (int) Math.round(10 * r.normal()), 365) + 1;
        double trend = cat.trendPerYear() + 0.06 * r.normal();
        int ramp = launchedInside ? r.integer(14, 60) : 0;
        double elasticity = cat.elasticity() * r.uniform(0.75, 1.25);
        double boost = r.uniform(1.1, 1.6);
        double dipDepth = r.uniform(0.1, 0.35);
        int dipDays = r.integer(3, 10);
        Map<String, Double> sensitivity = new LinkedHashMap<>();
        Map<String, Double> peak = new LinkedHashMap<>();
        for (Festival f : Festival.values()) {
            double s = round(cat.sensitivity(f) * r.uniform(0.8, 1.2) * (intermittent ? 0.6 : 1.0));
            sensitivity.put(f.key(), s);
            peak.put(f.key(), round(Math.pow(f.peakMultiplier(), s)));
        }
        double noiseSize = intermittent ? r.uniform(0.4, 1.2) : r.uniform(10, 40);

        LocalDate first = launch.isAfter(start) ? launch : start;
        LocalDate last = discontinued != null ? discontinued.minusDays(1) : end;
        EventPlanner events = new EventPlanner(first, last, r);
        List<PriceChange> prices = events.priceChanges(id.listPrice(), discontinued);
        double roundedElasticity = round(elasticity);
        double roundedBoost = round(boost);
        int dip = dipDays;
        List<Promotion> promos = events.promotions(intermittent ? 1.5 : 5.0, dip, discontinued,
                d -> round(Math.min(Promotion.MAX_UPLIFT, Math.pow(1 - d, -roundedElasticity) * roundedBoost)));
        List<StockOut> stockOuts = events.stockOuts(intermittent ? 0.2 : 0.5);
        return new ProductTruth(id.sku(), id.name(), cat.name(), id.brand(), id.description(), id.listPrice(), launch,
                discontinued, intermittent, round(base), weekly, round(amplitude), peakDay, round(trend), ramp,
                roundedElasticity, roundedBoost, round(dipDepth), dipDays, sensitivity, peak, round(noiseSize), prices,
                promos, stockOuts);
    }

    private static List<Double> weeklyProfile(CategoryProfile cat, SeededRandom r) {
        double[] w = new double[7];
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            w[i] = cat.weekly().get(i) * Math.exp(0.04 * r.normal());
            sum += w[i];
        }
        List<Double> out = new ArrayList<>(7);
        for (double v : w) {
            out.add(round(v * 7 / sum));
        }
        return out;
    }

    /** Rounds to four decimals. */
    static double round(double x) {
        return Math.round(x * 10_000.0) / 10_000.0;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
