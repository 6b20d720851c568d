package io.salescast.features;

import java.util.Locale;

/**
 * Business families that features are grouped into, in the order a merchandiser reads them. The
 * feature builder tags every column with one ({@link FeatureInfo#family()}); explanations sum
 * contributions and importance by them.
 *
 * <p>Each family has a stable lower-case {@link #code()} written to files (explanation CSV, the
 * Excel report) and a readable {@link #label()} shown on screen. Both are part of the file formats:
 * renaming a constant must not change them, which is why they are stored rather than derived.
 */
public enum FeatureFamily {
    /** Recent sales level: lags, rolling and smoothed means of past sales. */
    RECENT_SALES("recent_sales", "Recent sales level"),
    /** Trend: changes of the sales level, time index, age since launch, growth. */
    TREND("trend", "Trend"),
    /** Seasonality and calendar: day of week, month, yearly lags. */
    SEASONALITY("seasonality", "Seasonality and calendar"),
    /** Festivals, holidays and custom events. */
    EVENTS("events", "Festivals and events"),
    /** Price level and price changes. */
    PRICE("price", "Price"),
    /** Promotions, campaigns, discounts flagged as promotions. */
    PROMOTION("promotion", "Promotion"),
    /** Static product attributes (category, brand...). */
    PRODUCT("product", "Product attributes"),
    /** Everything else (unknown covariates, interactions a method could not split). */
    OTHER("other", "Other");

    private final String code;
    private final String label;

    FeatureFamily(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Readable name, e.g. "Seasonality and calendar". */
    public String label() {
        return label;
    }

    /** Stable lower-case code used in files, e.g. {@code recent_sales}. */
    public String code() {
        return code;
    }

    /**
     * Parses a code, enum name or label case-insensitively ({@code recent_sales}, {@code RECENT_SALES},
     * "Recent sales level"), also the names of the former feature families ({@code LAGS},
     * {@code SEASONALITY_CALENDAR}, {@code ATTRIBUTES}) and a few common words ({@code promo},
     * {@code holiday}...); unknown text gives {@link #OTHER}.
     */
    public static FeatureFamily parse(String text) {
        if (text == null) {
            return OTHER;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (FeatureFamily f : values()) {
            if (f.name().equals(t) || f.code.toUpperCase(Locale.ROOT).equals(t)
                    || f.label.toUpperCase(Locale.ROOT).replace(' ', '_').equals(t)) {
                return f;
            }
        }
        return switch (t) {
            case "LAGS", "LAG", "RECENT", "LEVEL" -> RECENT_SALES;
            case "CALENDAR", "SEASONAL", "SEASONALITY_CALENDAR" -> SEASONALITY;
            case "EVENT", "FESTIVAL", "FESTIVALS", "HOLIDAY", "HOLIDAYS" -> EVENTS;
            case "PROMO", "PROMOTIONS" -> PROMOTION;
            case "ATTRIBUTE", "ATTRIBUTES", "STATIC" -> PRODUCT;
            default -> OTHER;
        };
    }
}
