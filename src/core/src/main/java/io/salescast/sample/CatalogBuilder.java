package io.salescast.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the product catalogue: category (by quota from the category shares, largest remainder
 * first, so every category appears once there are eight products), brand (cycling through the
 * category's brands so that all appear), a unique name, a list price ending in .99 and a
 * description. Products are returned in SKU order.
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
        List<CategoryProfile> assignment = quotas(n, random);
        Map<String, Integer> countByCategory = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<ProductIdentity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CategoryProfile category = assignment.get(i);
            int k = countByCategory.merge(category.name(), 1, Integer::sum);
            String sku = String.format(java.util.Locale.ROOT, "%s-%04d", category.code(), k);
            String brand = category.brands().get((k - 1) % category.brands().size());
            ProductType type = random.pick(category.types());
            String name = uniqueName(random.pick(Catalog.LINE_NAMES) + " " + type.name(), category, names, random);
            double price = roundToNinetyNine(Math.exp(random.uniform(Math.log(type.minPrice()), Math.log(type.maxPrice()))));
            out.add(new ProductIdentity(sku, name, category, brand, price, describe(name, brand, type, random)));
        }
        out.sort(Comparator.comparing(ProductIdentity::sku));
        return out;
    }

    /** A price ending in .99 near {@code x} (at least 0.99). */
    static double roundToNinetyNine(double x) {
        return Math.max(0.99, Math.round(x) - 0.01);
    }

    /** Categories of the n products: shares apportioned by largest remainder, then shuffled. */
    private static List<CategoryProfile> quotas(int n, SeededRandom random) {
        List<CategoryProfile> categories = Catalog.CATEGORIES;
        double total = categories.stream().mapToDouble(CategoryProfile::share).sum();
        int[] count = new int[categories.size()];
        double[] remainder = new double[categories.size()];
        int assigned = 0;
        for (int c = 0; c < count.length; c++) {
            double exact = n * categories.get(c).share() / total;
            count[c] = (int) Math.floor(exact);
            remainder[c] = exact - count[c];
            assigned += count[c];
        }
        for (; assigned < n; assigned++) {
            int best = 0;
            for (int c = 1; c < count.length; c++) {
                if (remainder[c] > remainder[best] || (remainder[c] == remainder[best] && count[c] < count[best])) {
                    best = c;
                }
            }
            count[best]++;
            remainder[best] = -1;
        }
        List<CategoryProfile> out = new ArrayList<>(n);
        for (int c = 0; c < count.length; c++) {
            for (int k = 0; k < count[c]; k++) {
                out.add(categories.get(c));
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            java.util.Collections.swap(out, i, random.integer(0, i));
        }
        return out;
    }

    private static String uniqueName(String base, CategoryProfile category, Set<String> names, SeededRandom random) {
        String name = base;
        for (int attempt = 0; !names.add(name); attempt++) {
            name = attempt < 12 ? base + " - " + random.pick(category.variants()) : base + " #" + (attempt - 10);
        }
        return name;
    }

    private static String describe(String name, String brand, ProductType type, SeededRandom random) {
        List<String> features = type.features();
        int a = random.integer(0, features.size() - 1);
        int b = (a + random.integer(1, features.size() - 1)) % features.size();
        return name + " by " + brand + ", with " + features.get(a) + " and " + features.get(b) + ". "
                + random.pick(CLOSINGS);
    }
}
