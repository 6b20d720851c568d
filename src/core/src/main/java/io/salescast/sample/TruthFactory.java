package io.salescast.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Assembles the {@link SampleTruth}: global settings, festivals, categories and products. */
final class TruthFactory {

    static final String DEMAND_MODEL = "expected units = baseLevel * weeklyProfile[day of week, Monday first]"
            + " * (1 + yearlyAmplitude * cos(2 pi (dayOfYear - yearlyPeakDay) / 365.25))"
            + " * exp(trendPerYear * daysSinceStart / 365.25)"
            + " * ramp (0.3 + 0.7 * daysSinceLaunch / rampDays, at most 1, only for launches inside the data)"
            + " * (regular price / listPrice)^-elasticity"
            + " * promotion (uplift on promotion days; 1 - dipDepth * (dipDays - k + 1) / dipDays on day k = 1..dipDays after one)"
            + " * product over festivals of festivalBase(date)^festivalSensitivity";
    static final String NOISE_MODEL = "units ~ negative binomial with the expected units as mean and noiseSize as size"
            + " (variance = mean + mean^2 / noiseSize), drawn as Poisson(mean * Gamma(noiseSize, 1 / noiseSize));"
            + " 0 on stock-out days";
    static final List<String> CONVENTIONS = List.of(
            "A product launched inside the data has rows from its launch date; one launched earlier has rows from the start.",
            "A discontinued product has no rows from its discontinued date on; its regular price is cut by 30 %"
                    + " (a 'clearance' price change) 21 days before.",
            "Stock-out days have 0 units and stockout = 1; demand on them is lost, not carried over.",
            "price is the regular shelf price of the day; discount is the promotional fraction off it; revenue = units"
                    + " * price * (1 - discount), rounded to the cent.",
            "promo = 1 exactly on the days of a promotion; price, discount and promo are known in advance.",
            "The festival multiplier of a day is in Festival.baseMultiplier (Java) and summarised here by its peak.");

    private TruthFactory() {
    }

    static SampleTruth truth(SampleOptions options, List<ProductTruth> products) {
        List<SampleTruth.FestivalTruth> festivals = new ArrayList<>();
        for (Festival f : Festival.values()) {
            List<LocalDate> peaks = new ArrayList<>();
            for (int y = options.start().getYear(); y <= options.end().getYear(); y++) {
                LocalDate peak = f.peakDate(y);
                if (!peak.isBefore(options.start()) && !peak.isAfter(options.end())) {
                    peaks.add(peak);
                }
            }
            festivals.add(new SampleTruth.FestivalTruth(f.key(), f.peakMultiplier(), peaks));
        }
        List<SampleTruth.CategoryTruth> categories = Catalog.CATEGORIES.stream()
                .map(c -> new SampleTruth.CategoryTruth(c.name(), c.code(), c.brands(), c.trendPerYear(),
                        c.yearlyAmplitude(), c.yearlyPeakDay(), c.elasticity(), c.weekly()))
                .toList();
        return new SampleTruth(SampleStore.GENERATOR, SampleStore.VERSION, options.seed(), options.start(), options.end(),
                DEMAND_MODEL, NOISE_MODEL, CONVENTIONS, festivals, categories, products);
    }
}
