package io.salescast.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the generator planted, as written to {@code sample-store-truth.json}.
 *
 * @param generator        generator name
 * @param generatorVersion version of the generator's model (changes whenever output changes)
 * @param seed             seed
 * @param start            first day of the data
 * @param end              last day of the data
 * @param demandModel      the formula of expected units, in words
 * @param noiseModel       how counts are drawn around the expected units
 * @param conventions      how launches, discontinuations, stock-outs and prices appear in the files
 * @param festivals        the festivals with their store-wide peak multipliers and peak dates
 * @param categories       the category-level parameters products were drawn around
 * @param products         per-product truth, in SKU order
 */
public record SampleTruth(String generator, String generatorVersion, long seed, LocalDate start, LocalDate end,
        String demandModel, String noiseModel, List<String> conventions, List<FestivalTruth> festivals,
        List<CategoryTruth> categories, List<ProductTruth> products) {

    /** Defensive copies. */
    public SampleTruth {
        conventions = List.copyOf(conventions);
        festivals = List.copyOf(festivals);
        categories = List.copyOf(categories);
        products = List.copyOf(products);
    }

    /** The truth of one product. */
    public Optional<ProductTruth> product(String sku) {
        return products.stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    /**
     * A festival as planted.
     *
     * @param key            festival key ("11.11")
     * @param peakMultiplier store-wide multiplier on the peak day (a product's is this ^ its sensitivity)
     * @param peakDates      peak day in each year of the data
     */
    public record FestivalTruth(String key, double peakMultiplier, List<LocalDate> peakDates) {
        /** Defensive copy. */
        public FestivalTruth {
            peakDates = List.copyOf(peakDates);
        }
    }

    /**
     * A category's parameters, around which its products' were drawn.
     *
     * @param name            category name
     * @param code            SKU prefix
     * @param brands          brands of the category
     * @param trendPerYear    mean log growth per year
     * @param yearlyAmplitude mean yearly amplitude
     * @param yearlyPeakDay   day of year of the yearly peak
     * @param elasticity      mean price elasticity
     * @param weeklyProfile   weekly profile Monday..Sunday
     */
    public record CategoryTruth(String name, String code, List<String> brands, double trendPerYear,
            double yearlyAmplitude, int yearlyPeakDay, double elasticity, List<Double> weeklyProfile) {
        /** Defensive copies. */
        public CategoryTruth {
            brands = List.copyOf(brands);
            weeklyProfile = List.copyOf(weeklyProfile);
        }
    }
}
