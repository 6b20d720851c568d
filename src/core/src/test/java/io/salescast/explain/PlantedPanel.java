package io.salescast.explain;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A daily panel with strong planted drivers, for end-to-end explanation tests through the
 * engine's features and XGBoost: expected sales = level * weekly[dow] * 1.8 if on promotion
 * * (price / 10)^-2, Poisson counts. Prices move often (a new regular price every 10 to 30 days,
 * between 8 and 12); promotions run on about 15 % of days.
 */
final class PlantedPanel {

    static final double[] WEEKLY = {0.8, 0.85, 0.9, 0.95, 1.0, 1.5, 1.3};
    static final double PROMO_MULTIPLIER = 1.8;
    static final double ELASTICITY = 2.0;
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private PlantedPanel() {
    }

    static SalesPanel generate(int series, int days, long seed) {
        Random rnd = new Random(seed);
        List<SalesSeries> out = new ArrayList<>();
        Map<String, String[]> attrs = new LinkedHashMap<>();
        for (int i = 0; i < series; i++) {
            String id = "P" + i;
            double level = 8 + 20 * rnd.nextDouble();
            double[] y = new double[days];
            double[] price = new double[days];
            double[] discount = new double[days];
            double[] promo = new double[days];
            double p = 10;
            int nextChange = 0;
            for (int t = 0; t < days; t++) {
                if (t == nextChange) {
                    p = 8 + 4 * rnd.nextDouble();
                    nextChange = t + 10 + rnd.nextInt(21);
                }
                price[t] = p;
                promo[t] = rnd.nextDouble() < 0.15 ? 1 : 0;
                int dow = START.plusDays(t).getDayOfWeek().getValue() - 1;
                double mean = level * WEEKLY[dow] * (promo[t] > 0 ? PROMO_MULTIPLIER : 1) * Math.pow(p / 10, -ELASTICITY);
                y[t] = poisson(mean, rnd);
            }
            out.add(new SalesSeries(id, START, y, new double[][] {price, discount, promo}));
            attrs.put(id, new String[] {i % 2 == 0 ? "Snacks" : "Drinks", "Brand" + (i % 3)});
        }
        return new SalesPanel(Frequency.DAILY, List.of("price", "discount", "promo"), out,
                new StaticAttributes(List.of("category", "brand"), attrs));
    }

    private static double poisson(double mean, Random rnd) {
        double l = Math.exp(-mean);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > l) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }
}
