package io.salescast.sample;

/**
 * A kind of product within a category ("Wireless Earbuds"), with its typical shelf-price range.
 *
 * @param name     noun phrase used in product names
 * @param minPrice lowest typical list price
 * @param maxPrice highest typical list price
 */
public record ProductType(String name, double minPrice, double maxPrice) {
}
