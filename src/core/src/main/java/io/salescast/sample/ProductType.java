package io.salescast.sample;

import java.util.List;

/**
 * A kind of product within a category ("Wireless Earbuds"), with its typical shelf-price range
 * and selling points for descriptions.
 *
 * @param name     noun phrase used in product names
 * @param minPrice lowest typical list price
 * @param maxPrice highest typical list price
 * @param features selling points ("active noise cancellation"), at least two
 */
public record ProductType(String name, double minPrice, double maxPrice, List<String> features) {

    /** Defensive copy. */
    public ProductType {
        features = List.copyOf(features);
    }
}
