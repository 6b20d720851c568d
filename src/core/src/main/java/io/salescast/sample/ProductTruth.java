package io.salescast.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything planted in one product's sales, as written to {@code sample-store-truth.json}.
 * Expected units on a day are
 * {@code baseLevel * weekly[dow] * (1 + yearlyAmplitude * cos(2 pi (doy - yearlyPeakDay) / 365.25))
 * * exp(trendPerYear * yearsSinceStart) * ramp * (price / listPrice)^-elasticity * promo * dip
 * * festival}; see {@link DemandModel}. Units are a negative-binomial draw around that mean
 * (size {@code noiseSize}), or 0 on stock-out days.
 *
 * @param sku                 stock-keeping unit, the series' unique_id
 * @param name                product name
 * @param category            category name
 * @param brand               brand name
 * @param description         one-paragraph description
 * @param listPrice           regular price at launch
 * @param launchDate          launch date (may precede the data; then the data start at its start)
 * @param discontinuedDate    first day without sales rows, or null when still sold at the end
 * @param intermittent        long-tail product with rare, bursty sales
 * @param baseLevel           expected units per day at list price on an average day at the data start
 * @param weeklyProfile       multipliers Monday..Sunday, mean 1
 * @param yearlyAmplitude     amplitude of the yearly cosine
 * @param yearlyPeakDay       day of year of the yearly peak
 * @param trendPerYear        log growth per year from the data start (0.1 = about +10.5 % a year)
 * @param rampDays            days to reach full demand after a launch inside the data (0 if none)
 * @param elasticity          price elasticity: demand scales with (price / listPrice)^-elasticity
 * @param promoBoost          extra multiplier for being featured, on top of the discount's price effect
 * @param dipDepth            demand lost on the first day after a promotion (0.2 = -20 %)
 * @param dipDays             days over which the post-promotion dip fades linearly to nothing
 * @param festivalSensitivity exponent on each festival's store-wide multiplier, by festival key
 * @param festivalPeak        the product's multiplier on each festival's peak day, by festival key
 * @param noiseSize           negative-binomial size: variance = mean + mean^2 / noiseSize
 * @param priceChanges        permanent regular-price changes, in date order
 * @param promotions          promotions, in date order, never overlapping
 * @param stockOuts           stock-outs, in date order, never overlapping
 */
public record ProductTruth(String sku, String name, String category, String brand, String description,
        double listPrice, LocalDate launchDate, LocalDate discontinuedDate, boolean intermittent, double baseLevel,
        List<Double> weeklyProfile, double yearlyAmplitude, int yearlyPeakDay, double trendPerYear, int rampDays,
        double elasticity, double promoBoost, double dipDepth, int dipDays, Map<String, Double> festivalSensitivity,
        Map<String, Double> festivalPeak, double noiseSize, List<PriceChange> priceChanges,
        List<Promotion> promotions, List<StockOut> stockOuts) {

    /** Defensive copies (maps keep the caller's order, so the JSON is stable). */
    public ProductTruth {
        weeklyProfile = List.copyOf(weeklyProfile);
        festivalSensitivity = Collections.unmodifiableMap(new LinkedHashMap<>(festivalSensitivity));
        festivalPeak = Collections.unmodifiableMap(new LinkedHashMap<>(festivalPeak));
        priceChanges = List.copyOf(priceChanges);
        promotions = List.copyOf(promotions);
        stockOuts = List.copyOf(stockOuts);
    }

    /** The regular (non-promotional) price on {@code date}. */
    public double regularPrice(LocalDate date) {
        double price = listPrice;
        for (PriceChange c : priceChanges) {
            if (c.date().isAfter(date)) {
                break;
            }
            price = c.price();
        }
        return price;
    }

    /** The promotion running on {@code date}, or null. */
    public Promotion promotionOn(LocalDate date) {
        for (Promotion p : promotions) {
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the product is out of stock on {@code date}. */
    public boolean outOfStock(LocalDate date) {
        for (StockOut s : stockOuts) {
            if (s.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /** First day with a row in the data whose first day is {@code dataStart}. */
    public LocalDate firstSalesDay(LocalDate dataStart) {
        return launchDate.isAfter(dataStart) ? launchDate : dataStart;
    }

    /** Last day with a row in the data whose last day is {@code dataEnd}. */
    public LocalDate lastSalesDay(LocalDate dataEnd) {
        return discontinuedDate != null && !discontinuedDate.isAfter(dataEnd) ? discontinuedDate.minusDays(1) : dataEnd;
    }
}
