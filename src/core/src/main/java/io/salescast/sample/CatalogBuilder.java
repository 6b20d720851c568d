package io.salescast.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the product catalogue: category (every category appears once before the weighted draw
 * starts), brand (cycling through the category's brands so that all appear), a unique name, a
 * list price ending in .99 and a description. Products are returned in SKU order.
 */
final class CatalogBuilder {

    private static final List<String> CLOSINGS = List.of(
            "A customer favourite.", "Ships within 24 hours.", "Rated 4.6 out of 5 by our customers.",
            "Backed by our 30-day return promise.", "Designed in-house and tested for everyday use.",
            "Makes a thoughtful gift.", "Loved for its value for money.");

    private CatalogBuilder() {
    }

    /** The catalogue of {@code n} products drawn from {@code random}. */
    static List<ProductIdentity> build(int n, SeededRandom random) {
        List<CategoryProfile> categories = Catalog.CATEGORIES;
        double totalShare = categories.stream().mapToDouble(CategoryProfile::share).sum();
        Map<String, Integer> countByCategory = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<ProductIdentity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CategoryProfile category = i < categories.size() ? categories.get(i) : weighted(categories, totalShare, random);
            int k = countByCategory.merge(category.name(), 1, Integer::sum);
            String sku = String.format(java.util.Locale.ROOT, "%s-%04d", category.code(), k);
            String brand = category.brands().get((k - 1) % category.brands().size());
            ProductType type = random.pick(category.types());
            String name = uniqueName(random.pick(Catalog.LINE_NAMES) + " " + type.name(), category, names, random);
            double price = roundToNinetyNine(Math.exp(random.uniform(Math.log(type.minPrice()), Math.log(type.maxPrice()))));
            out.add(new ProductIdentity(sku, name, category, brand, price, describe(name, brand, category, random)));
        }
        out.sort(Comparator.comparing(ProductIdentity::sku));
        return out;
    }

    /** A price ending in .99 near {@code x} (at least 0.99). */
    static double roundToNinetyNine(double x) {
        return Math.max(0.99, Math.round(x) - 0.01);
    }

    private static CategoryProfile weighted(List<CategoryProfile> categories, double total, SeededRandom random) {
        double u = random.uniform() * total;
        for (CategoryProfile c : categories) {
            u -= c.share();
            if (u < 0) {
                return c;
            }
        }
        return categories.get(categories.size() - 1);
    }

    private static String uniqueName(String base, CategoryProfile category, Set<String> names, SeededRandom random) {
        String name = base;
        for (int attempt = 0; !names.add(name); attempt++) {
            name = attempt < 12 ? base + " - " + random.pick(category.variants()) : base + " #" + (attempt - 10);
        }
        return name;
    }

    private static String describe(String name, String brand, CategoryProfile category, SeededRandom random) {
        List<String> features = category.features();
        int a = random.integer(0, features.size() - 1);
        int b = (a + random.integer(1, features.size() - 1)) % features.size();
        return name + " by " + brand + ", with " + features.get(a) + " and " + features.get(b) + ". "
                + random.pick(CLOSINGS);
    }
}
