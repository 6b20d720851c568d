package io.salescast.sample;

import java.util.List;

/**
 * The planted behaviour shared by the products of one category; each product draws its own
 * parameters around these.
 *
 * @param name            display name ("Home &amp; Kitchen")
 * @param code            two-letter SKU prefix
 * @param share           share of the catalogue (weights, need not sum to 1)
 * @param brands          brands selling in this category
 * @param types           kinds of products
 * @param variants        suffixes that tell apart products of the same name (colours, sizes)
 * @param weekly          weekly profile Monday..Sunday (mean 1)
 * @param yearlyAmplitude amplitude of the yearly cosine (0.2 = +-20 %)
 * @param yearlyPeakDay   day of year of the yearly peak
 * @param trendPerYear    log growth per year
 * @param elasticity      mean price elasticity (positive: demand falls as price rises)
 * @param sensitivity618  festival sensitivity to 6.18 (exponent on the festival's base multiplier)
 * @param sensitivity1111 sensitivity to 11.11
 * @param sensitivityBlackFriday sensitivity to Black Friday and Cyber Monday
 * @param sensitivityChristmas   sensitivity to the Christmas run-up
 */
public record CategoryProfile(String name, String code, double share, List<String> brands, List<ProductType> types,
        List<String> variants, List<Double> weekly, double yearlyAmplitude, int yearlyPeakDay,
        double trendPerYear, double elasticity, double sensitivity618, double sensitivity1111,
        double sensitivityBlackFriday, double sensitivityChristmas) {

    /** Defensive copies. */
    public CategoryProfile {
        brands = List.copyOf(brands);
        types = List.copyOf(types);
        variants = List.copyOf(variants);
        weekly = List.copyOf(weekly);
    }

    /** Sensitivity of this category to a festival. */
    public double sensitivity(Festival festival) {
        return switch (festival) {
            case MID_YEAR_618 -> sensitivity618;
            case SINGLES_DAY_1111 -> sensitivity1111;
            case BLACK_FRIDAY -> sensitivityBlackFriday;
            case CHRISTMAS -> sensitivityChristmas;
        };
    }
}
