package io.salescast.neural;

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
 * Small seeded daily panels with planted effects: a per-product level, a weekly pattern (weekends
 * sell 60% more), promotions that double sales, a price covariate and two categories.
 */
final class SyntheticPanels {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private SyntheticPanels() {
    }

    /** {@code n} series of {@code length} days (plus {@code extra} future days of covariates when asked). */
    static SalesPanel daily(int n, int length, long seed) {
        return build(n, length, seed, 0);
    }

    /** Panel of {@code n} series whose arrays run {@code length + extra} days; use head/slice for history and future. */
    static SalesPanel build(int n, int length, long seed, int extra) {
        Random rnd = new Random(seed);
        List<SalesSeries> series = new ArrayList<>();
        Map<String, String[]> attrs = new LinkedHashMap<>();
        int total = length + extra;
        for (int i = 0; i < n; i++) {
            String id = "p" + i;
            double level = 3 + 10 * rnd.nextDouble();
            double basePrice = 10 + 40 * rnd.nextDouble();
            double[] y = new double[total];
            double[] price = new double[total];
            double[] promo = new double[total];
            for (int t = 0; t < total; t++) {
                boolean p = rnd.nextDouble() < 0.08;
                promo[t] = p ? 1 : 0;
                price[t] = p ? basePrice * 0.8 : basePrice;
                int dow = START.plusDays(t).getDayOfWeek().getValue();
                double mean = level * (dow >= 6 ? 1.6 : 1.0) * (p ? 2.0 : 1.0);
                y[t] = poisson(mean, rnd);
            }
            series.add(new SalesSeries(id, START, y, new double[][] {price, promo}));
            attrs.put(id, new String[] {i % 2 == 0 ? "toys" : "garden", "b" + (i % 3)});
        }
        return new SalesPanel(Frequency.DAILY, List.of("price", "promo"), series,
                new StaticAttributes(List.of("category", "brand"), attrs));
    }

    private static double poisson(double mean, Random rnd) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** The first {@code length} days of every series. */
    static SalesPanel head(SalesPanel panel, int length) {
        return panel.withSeries(panel.series().stream().map(s -> s.head(length)).toList());
    }

    /** Days {@code from..} of every series (future covariates). */
    static SalesPanel tail(SalesPanel panel, int from) {
        return panel.withSeries(panel.series().stream().map(s -> s.slice(panel.frequency(), from, s.length())).toList());
    }

    /** A tiny spec for tests: window 14, 8 hidden units, few epochs, one thread. */
    static NeuralSpec tiny(Architecture arch, int horizon, int epochs) {
        return NeuralSpec.defaults(arch, horizon).withWindow(14).withHidden(8)
                .withTraining(TrainingSettings.defaults().withMaxEpochs(epochs).withWindowsPerSeries(8).withBatchSize(32).withThreads(1));
    }
}
