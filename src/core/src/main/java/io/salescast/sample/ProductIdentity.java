package io.salescast.sample;

/**
 * What a merchant's product sheet says about a product, before any behaviour is planted.
 *
 * @param sku         stock-keeping unit ("EL-0007")
 * @param name        product name ("Aurora Wireless Earbuds")
 * @param category    the category's profile
 * @param brand       brand name
 * @param listPrice   regular price at launch, ending in .99
 * @param description one-paragraph description
 */
public record ProductIdentity(String sku, String name, CategoryProfile category, String brand, double listPrice,
        String description) {
}
