package io.salescast.sample;

import java.util.List;

/** Column, covariate and attribute names of the sample store's files and panel. */
public final class SampleColumns {

    /** Day of sale. */
    public static final String DATE = "date";
    /** Stock-keeping unit (the panel's unique_id). */
    public static final String SKU = "sku";
    /** Units sold (the panel's target). */
    public static final String UNITS = "units";
    /** Revenue: units at the discounted price. */
    public static final String REVENUE = "revenue";
    /** Regular shelf price of the day (before the promotional discount). */
    public static final String PRICE = "price";
    /** Promotional discount as a fraction of the price (0.2 = 20 % off). */
    public static final String DISCOUNT = "discount";
    /** 1 on promotion days, else 0. */
    public static final String PROMO = "promo";
    /** 1 on stock-out days (units are 0), else 0. */
    public static final String STOCKOUT = "stockout";

    /** Covariates of the panel, in order; price, discount and promo are known in advance. */
    public static final List<String> COVARIATES = List.of(PRICE, DISCOUNT, PROMO, STOCKOUT);
    /** Columns of the daily sales sheet, in order. */
    public static final List<String> DAILY = List.of(DATE, SKU, UNITS, REVENUE, PRICE, DISCOUNT, PROMO, STOCKOUT);

    /** Product name attribute. */
    public static final String NAME = "name";
    /** Category attribute. */
    public static final String CATEGORY = "category";
    /** Brand attribute. */
    public static final String BRAND = "brand";
    /** Launch date attribute (ISO date). */
    public static final String LAUNCH_DATE = "launch_date";
    /** List price at launch. */
    public static final String LIST_PRICE = "list_price";
    /** Product description. */
    public static final String DESCRIPTION = "description";
    /** First day without sales rows (ISO date), empty while the product is sold. */
    public static final String DISCONTINUED_DATE = "discontinued_date";

    /** Static attributes of the panel and columns of the Products sheet after the SKU, in order. */
    public static final List<String> ATTRIBUTES = List.of(NAME, CATEGORY, BRAND, LAUNCH_DATE, LIST_PRICE, DESCRIPTION,
            DISCONTINUED_DATE);

    /** Columns of the order-lines CSV, in order. */
    public static final List<String> ORDER_LINES = List.of("order_id", "timestamp", SKU, "quantity", "unit_price", DISCOUNT);

    private SampleColumns() {
    }
}
