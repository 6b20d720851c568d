package io.salescast.sample;

import java.util.List;

/**
 * The fixed vocabulary of the sample store: eight categories with their brands, product kinds,
 * price ranges and planted category-level behaviour, and the product-line words used in names.
 * Pure data; the {@link ProductPlanner} draws from it.
 */
public final class Catalog {

    /** Words that start product names ("Aurora Wireless Earbuds"). */
    public static final List<String> LINE_NAMES = List.of(
            "Aurora", "Nimbus", "Vertex", "Solstice", "Ember", "Zephyr", "Halo", "Atlas", "Nova", "Drift",
            "Pulse", "Harbor", "Cascade", "Summit", "Willow", "Meridian", "Orbit", "Sierra", "Breeze", "Lumen",
            "Echo", "Terra", "Velvet", "Crest", "Polar", "Apex", "Maple", "Coral", "Sable", "Juniper",
            "Quartz", "Indigo", "Tidal", "Falcon", "Cedar", "Lark", "Onyx", "Fable", "Kestrel", "Saffron");

    private static final List<Double> WEEK_WEB = List.of(1.08, 1.05, 1.00, 0.97, 0.90, 0.92, 1.08);
    private static final List<Double> WEEK_LEISURE = List.of(0.95, 0.93, 0.95, 0.98, 1.02, 1.07, 1.10);
    private static final List<Double> WEEK_ROUTINE = List.of(1.12, 1.06, 1.02, 1.00, 0.94, 0.88, 0.98);

    /** The eight categories, in SKU order. */
    public static final List<CategoryProfile> CATEGORIES = List.of(
            new CategoryProfile("Electronics", "EL", 16, List.of("Voltra", "Kinetica", "Nordhaven"),
                    List.of(new ProductType("Wireless Earbuds", 29, 129), new ProductType("Bluetooth Speaker", 24, 149),
                            new ProductType("USB-C Fast Charger", 12, 39), new ProductType("Smart Watch", 79, 249),
                            new ProductType("Power Bank", 19, 59), new ProductType("Noise-Cancelling Headphones", 89, 299),
                            new ProductType("HD Webcam", 29, 99), new ProductType("Mechanical Keyboard", 49, 159),
                            new ProductType("Wireless Mouse", 14, 59), new ProductType("4K Action Camera", 99, 349)),
                    List.of("Midnight Black", "Arctic White", "Slate Grey", "Ocean Blue", "Rose Gold", "Forest Green",
                            "Gen 2", "Pro", "Lite", "Max"),
                    List.of("up to 30 hours of battery life", "fast USB-C charging", "Bluetooth 5.3 with a stable connection",
                            "a compact, travel-ready design", "a two-year warranty", "low-latency audio for games and video",
                            "an aluminium body that stays cool"),
                    WEEK_WEB, 0.15, 330, 0.06, 1.8, 1.2, 1.25, 1.3, 1.15),
            new CategoryProfile("Home & Kitchen", "HK", 16, List.of("Nordhaven", "Maison Verde"),
                    List.of(new ProductType("Ceramic Mug Set", 14, 39), new ProductType("Non-Stick Frying Pan", 24, 79),
                            new ProductType("Chef's Knife", 29, 119), new ProductType("Bamboo Cutting Board", 12, 34),
                            new ProductType("Glass Food Storage Set", 19, 49), new ProductType("Scented Soy Candle", 9, 29),
                            new ProductType("Linen Throw Blanket", 29, 89), new ProductType("Electric Kettle", 24, 79),
                            new ProductType("French Press Coffee Maker", 19, 49), new ProductType("Cotton Bath Towel Set", 24, 69)),
                    List.of("Natural", "Charcoal", "Sage", "Terracotta", "Ivory", "Set of 2", "Set of 4", "Large", "Small", "Classic"),
                    List.of("dishwasher-safe materials", "a minimalist Scandinavian look", "sustainably sourced materials",
                            "everyday durability", "an easy-clean finish", "a generous size for family use"),
                    WEEK_ROUTINE, 0.10, 320, 0.04, 1.4, 1.0, 1.0, 1.0, 1.0),
            new CategoryProfile("Beauty & Personal Care", "BE", 12, List.of("Luma Botanics", "Petalia"),
                    List.of(new ProductType("Vitamin C Serum", 14, 49), new ProductType("Hydrating Face Cream", 12, 44),
                            new ProductType("Volumizing Shampoo", 7, 19), new ProductType("Mineral Sunscreen SPF 50", 9, 29),
                            new ProductType("Matte Lipstick", 8, 24), new ProductType("Hair Dryer", 29, 129),
                            new ProductType("Bamboo Toothbrush Pack", 4, 12), new ProductType("Eau de Parfum", 29, 99)),
                    List.of("50 ml", "100 ml", "Travel Size", "Sensitive Skin", "Fragrance Free", "Coral Pink",
                            "Nude Rose", "Berry", "Duo Pack", "Refill"),
                    List.of("dermatologist-tested ingredients", "a vegan, cruelty-free formula", "a light, non-greasy texture",
                            "a subtle botanical scent", "recyclable packaging", "results visible within two weeks"),
                    WEEK_WEB, 0.10, 345, 0.12, 1.2, 1.0, 1.3, 1.1, 1.1),
            new CategoryProfile("Toys & Games", "TG", 10, List.of("Brightkin", "Kinetica"),
                    List.of(new ProductType("Building Blocks Set", 19, 79), new ProductType("Family Board Game", 19, 49),
                            new ProductType("Plush Bear", 9, 29), new ProductType("Remote Control Car", 29, 89),
                            new ProductType("1000-Piece Jigsaw Puzzle", 12, 29), new ProductType("Wooden Train Set", 24, 69),
                            new ProductType("Science Kit", 19, 49), new ProductType("Card Game", 7, 19)),
                    List.of("Junior", "Deluxe", "Travel Edition", "Classic", "Ages 3+", "Ages 8+", "Starter", "Mega"),
                    List.of("hours of screen-free play", "child-safe, non-toxic materials", "clear, illustrated instructions",
                            "pieces that store neatly in the box", "a great gift for birthdays", "play for the whole family"),
                    WEEK_LEISURE, 0.35, 344, 0.0, 1.5, 0.8, 0.9, 1.1, 1.6),
            new CategoryProfile("Sports & Outdoors", "SO", 12, List.of("Summit Trail", "Corefit"),
                    List.of(new ProductType("Yoga Mat", 19, 59), new ProductType("Insulated Water Bottle", 14, 39),
                            new ProductType("Adjustable Dumbbells", 49, 199), new ProductType("Trail Running Backpack", 39, 99),
                            new ProductType("Camping Hammock", 24, 69), new ProductType("Resistance Band Set", 12, 34),
                            new ProductType("Cycling Helmet", 39, 129), new ProductType("Two-Person Tent", 79, 249)),
                    List.of("Graphite", "Glacier Blue", "Moss", "Sunset Orange", "1 L", "750 ml", "Pro", "Ultralight", "XL", "Kids"),
                    List.of("weather-resistant fabric", "an ultralight build", "a non-slip grip", "reflective details for safety",
                            "a lifetime guarantee", "a carry bag included"),
                    WEEK_LEISURE, 0.30, 166, 0.08, 1.5, 1.0, 0.8, 1.0, 0.7),
            new CategoryProfile("Fashion", "FA", 14, List.of("Threadline", "Corefit"),
                    List.of(new ProductType("Cotton Crew T-Shirt", 12, 34), new ProductType("Slim Fit Jeans", 39, 99),
                            new ProductType("Running Sneakers", 49, 139), new ProductType("Linen Summer Dress", 34, 89),
                            new ProductType("Wool Beanie", 12, 29), new ProductType("Leather Belt", 19, 59),
                            new ProductType("Packable Rain Jacket", 49, 129), new ProductType("Canvas Tote Bag", 14, 39)),
                    List.of("Black", "Navy", "Olive", "Heather Grey", "Off-White", "Size S", "Size M", "Size L", "Women's", "Men's"),
                    List.of("breathable organic cotton", "a relaxed, modern fit", "reinforced seams", "colour-fast dyes",
                            "a timeless design that pairs with anything", "free size exchanges"),
                    WEEK_LEISURE, 0.20, 105, -0.03, 2.0, 0.9, 1.15, 1.0, 0.9),
            new CategoryProfile("Grocery", "GR", 10, List.of("Harvest & Co", "Maison Verde"),
                    List.of(new ProductType("Organic Green Tea", 4, 12), new ProductType("Single-Origin Coffee Beans", 9, 24),
                            new ProductType("Extra Virgin Olive Oil", 8, 22), new ProductType("Dark Chocolate Bar", 2, 6),
                            new ProductType("Granola Mix", 4, 11), new ProductType("Raw Wildflower Honey", 7, 19),
                            new ProductType("Sparkling Water 12-Pack", 6, 14), new ProductType("Mixed Nuts", 6, 16)),
                    List.of("250 g", "500 g", "1 kg", "Family Pack", "Sugar Free", "Decaf", "Sea Salt", "Almond"),
                    List.of("sourced from small farms", "no artificial additives", "a resealable pack",
                            "certified organic ingredients", "a rich, balanced flavour", "fair-trade sourcing"),
                    WEEK_ROUTINE, 0.06, 20, 0.10, 0.8, 0.7, 0.6, 0.5, 0.7),
            new CategoryProfile("Books", "BK", 10, List.of("Inkwell Press"),
                    List.of(new ProductType("Mystery Novel", 9, 24), new ProductType("Family Cookbook", 19, 39),
                            new ProductType("Illustrated Picture Book", 9, 19), new ProductType("City Travel Guide", 14, 29),
                            new ProductType("Mindful Habits Handbook", 12, 24), new ProductType("Sci-Fi Paperback", 8, 18),
                            new ProductType("Startup Playbook", 14, 32), new ProductType("Poetry Collection", 9, 19)),
                    List.of("Paperback", "Hardcover", "Second Edition", "Gift Edition", "Large Print", "Box Set"),
                    List.of("an award-winning author", "beautiful full-colour illustrations", "a page-turning story",
                            "practical, step-by-step advice", "a foreword by a bestselling writer", "durable binding"),
                    WEEK_WEB, 0.15, 237, -0.08, 1.0, 0.6, 0.5, 1.0, 1.15));

    private Catalog() {
    }

    /** The category with the given name. */
    public static CategoryProfile category(String name) {
        return CATEGORIES.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + name));
    }

    /** Every brand, in order of first appearance. */
    public static List<String> brands() {
        return CATEGORIES.stream().flatMap(c -> c.brands().stream()).distinct().toList();
    }
}
