package io.salescast.app.viewmodel;

import java.util.Locale;

/**
 * One product in the product list.
 *
 * @param id       series id (SKU)
 * @param name     product name or empty
 * @param category category or empty
 * @param brand    brand or empty
 * @param total    total units over the history
 * @param periods  number of periods of history
 * @param spark    a few dozen bucket sums of the history for the sparkline
 */
public record ProductRow(String id, String name, String category, String brand, double total, int periods, double[] spark) {

    /** Whether the row matches a search text (case-insensitive, any of sku, name, category, brand). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        for (String field : new String[] {id, name, category, brand}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** "SKU — name" for lists and titles. */
    public String display() {
        return name == null || name.isBlank() ? id : id + " — " + name;
    }
}
