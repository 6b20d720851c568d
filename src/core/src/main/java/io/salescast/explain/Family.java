package io.salescast.explain;

import java.util.Locale;

/**
 * Business families that features are grouped into, in the order a merchandiser reads them.
 * Each family has a stable code (used in files) and a readable label (used on screen).
 */
public enum Family {
    /** Recent sales level: lags and rolling statistics of past sales. */
    RECENT_SALES("Recent sales level"),
    /** Trend: time index, age since launch, growth. */
    TREND("Trend"),
    /** Seasonality and calendar: day of week, month, yearly lags. */
    SEASONALITY("Seasonality and calendar"),
    /** Festivals, holidays and custom events. */
    EVENTS("Festivals and events"),
    /** Price level and price changes. */
    PRICE("Price"),
    /** Promotions, campaigns, discounts flagged as promotions. */
    PROMOTION("Promotion"),
    /** Static product attributes (category, brand...). */
    PRODUCT("Product attributes"),
    /** Everything else (unknown covariates, interactions the method could not split). */
    OTHER("Other");

    private final String label;

    Family(String label) {
        this.label = label;
    }

    /** Readable name, e.g. "Seasonality and calendar". */
    public String label() {
        return label;
    }

    /** Stable lower-case code used in files, e.g. {@code recent_sales}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code or enum name case-insensitively; unknown text gives {@link #OTHER}. */
    public static Family parse(String text) {
        if (text == null) {
            return OTHER;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (Family f : values()) {
            if (f.name().equals(t)) {
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
