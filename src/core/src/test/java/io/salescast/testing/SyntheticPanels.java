package io.salescast.testing;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small deterministic daily panels with planted structure: a level per series, a weekly pattern
 * (weekend x1.4), a yearly wave, promotions that multiply demand by {@code promoUplift}, a price
 * that drops by 20% during promotions, Poisson noise, and a category attribute.
 */
public final class SyntheticPanels {

    /** Covariate names, in order. */
    public static final List<String> COVARIATES = List.of("price", "promo");

    private SyntheticPanels() {
    }

    /** A panel of {@code series} daily series of {@code days} days starting 2022-01-03 (a Monday). */
    public static SalesPanel daily(int series, int days, double promoUplift, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2022, 1, 3);
        List<SalesSeries> out = new ArrayList<>();
        Map<String, String[]> attrs = new LinkedHashMap<>();
        for (int s = 0; s < series; s++) {
            String id = String.format("SKU-%03d", s);
            double level = 2 + rnd.nextDouble() * 30;
            double basePrice = 5 + rnd.nextInt(50);
            double[] y = new double[days];
            double[] price = new double[days];
            double[] promo = new double[days];
            int promoLeft = 0;
            for (int t = 0; t < days; t++) {
                if (promoLeft == 0 && rnd.nextDouble() < 0.02) {
                    promoLeft = 7;
                }
                boolean onPromo = promoLeft > 0;
                if (promoLeft > 0) {
                    promoLeft--;
                }
                promo[t] = onPromo ? 1 : 0;
                price[t] = onPromo ? basePrice * 0.8 : basePrice;
                LocalDate d = start.plusDays(t);
                double weekly = d.getDayOfWeek().getValue() >= 6 ? 1.4 : 1.0;
                double yearly = 1 + 0.2 * Math.sin(2 * Math.PI * d.getDayOfYear() / 365.25);
                double mean = level * weekly * yearly * (onPromo ? promoUplift : 1);
                y[t] = poisson(rnd, mean);
            }
            out.add(new SalesSeries(id, start, y, new double[][] {price, promo}));
            attrs.put(id, new String[] {s % 3 == 0 ? "Toys" : s % 3 == 1 ? "Garden" : "Kitchen"});
        }
        return new SalesPanel(Frequency.DAILY, COVARIATES, out, new StaticAttributes(List.of("category"), attrs));
    }

    /** A Poisson draw (Knuth for small means, normal approximation above 50). */
    public static double poisson(SplittableRandom rnd, double mean) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rnd)));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble());
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
