package io.salescast.features;

/** Groups of features as users think of them (used to sum explanations by theme). */
public enum FeatureFamily {
    /** Recent sales level: lags, rolling and smoothed means of the target. */
    LAGS("Recent sales level"),
    /** Changes of the sales level: differences, age since launch. */
    TREND("Trend"),
    /** Day of week, month, season. */
    SEASONALITY_CALENDAR("Seasonality and calendar"),
    /** Festivals, holidays and user events. */
    EVENTS("Events and holidays"),
    /** Price and derived price features. */
    PRICE("Price"),
    /** Promotions and discounts. */
    PROMOTION("Promotion"),
    /** Static attributes of the product (category, brand...). */
    ATTRIBUTES("Product attributes"),
    /** Anything else (other covariates). */
    OTHER("Other");

    private final String label;

    FeatureFamily(String label) {
        this.label = label;
    }

    /** Readable name of the family. */
    public String label() {
        return label;
    }
}
