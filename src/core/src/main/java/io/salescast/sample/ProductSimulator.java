package io.salescast.sample;

import java.time.LocalDate;

/**
 * Draws one product's daily units from its planted demand: a negative-binomial count around
 * {@link DemandModel#expectedUnits}, zero on stock-out days (a draw is still made so that the
 * random stream does not depend on the stock-outs).
 */
final class ProductSimulator {

    private ProductSimulator() {
    }

    /** Simulates {@code p} over the data range {@code [start, end]}. */
    static ProductDays simulate(ProductTruth p, LocalDate start, LocalDate end, SeededRandom r) {
        LocalDate first = p.firstSalesDay(start);
        LocalDate last = p.lastSalesDay(end);
        int n = Math.max(0, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
        int[] units = new int[n];
        int[] price = new int[n];
        byte[] discount = new byte[n];
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = first.plusDays(i);
            price[i] = (int) Math.round(p.regularPrice(d) * 100);
            Promotion promo = p.promotionOn(d);
            if (promo != null) {
                discount[i] = (byte) Math.round(promo.discount() * 100);
                flags[i] |= ProductDays.PROMO;
            }
            long draw = r.negativeBinomial(DemandModel.expectedUnits(p, d, start), p.noiseSize());
            if (p.outOfStock(d)) {
                flags[i] |= ProductDays.STOCKOUT;
            } else {
                units[i] = (int) Math.min(Integer.MAX_VALUE, draw);
            }
        }
        return new ProductDays(p.sku(), first, units, price, discount, flags);
    }
}
