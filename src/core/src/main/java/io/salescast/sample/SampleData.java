package io.salescast.sample;

import io.salescast.series.SalesPanel;
import io.salescast.series.StaticAttributes;

/**
 * A generated store in memory: the daily panel (target = units; covariates price, discount,
 * promo, stockout), the products' static attributes and the planted truth.
 *
 * @param options the options it was generated with
 * @param panel   daily panel, one series per SKU (starting at launch, ending before discontinuation)
 * @param truth   the planted parameters
 */
public record SampleData(SampleOptions options, SalesPanel panel, SampleTruth truth) {

    /** Static attributes of the products (name, category, brand, launch_date, list_price...). */
    public StaticAttributes attributes() {
        return panel.attributes();
    }
}
