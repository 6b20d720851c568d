package io.salescast.app.viewmodel;

import java.util.List;

/**
 * What the results chart shows: one product, or the total of a category or of all products.
 *
 * @param kind  product or total
 * @param label display text
 * @param ids   the products summed (one for a product)
 */
public record ResultTarget(Kind kind, String label, List<String> ids) {

    /** Kinds of targets. */
    public enum Kind { PRODUCT, CATEGORY, ALL }

    public ResultTarget {
        ids = List.copyOf(ids);
    }

    /** Whether it is a single product. */
    public boolean isProduct() {
        return kind == Kind.PRODUCT;
    }

    @Override
    public String toString() {
        return label;
    }
}
