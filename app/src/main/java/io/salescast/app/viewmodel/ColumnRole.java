package io.salescast.app.viewmodel;

/** What a column of an imported table is used for. */
public enum ColumnRole {
    /** The date of each row. */
    DATE("Date"),
    /** The value to forecast (units sold). */
    TARGET("Target (units)"),
    /** Identifies a series (sku, store). */
    SERIES_KEY("Series key"),
    /** A value that varies over time (price, promotion flag). */
    COVARIATE("Covariate"),
    /** A fixed fact about a series (category, brand). */
    ATTRIBUTE("Attribute"),
    /** Not used. */
    IGNORE("Ignore");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
