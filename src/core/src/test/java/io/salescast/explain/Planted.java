package io.salescast.explain;

import java.util.List;
import java.util.Random;

/**
 * Synthetic feature rows with planted drivers, for tests: sales = 0.6 * sales 7 days ago
 * + 8 when on promotion - 3 per unit of price above 10 + a weekly pattern (weekend +6)
 * + small noise. One column ({@code noise_feature}) has no effect at all.
 */
final class Planted {

    static final List<String> NAMES = List.of("lag_7", "dow", "promo", "price", "noise_feature");
    static final double PROMO_UPLIFT = 8;
    static final double PRICE_SLOPE = -3;

    final double[][] x;
    final double[] y;

    private Planted(double[][] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    static Planted generate(int n, long seed) {
        Random rnd = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double lag = 20 + 10 * rnd.nextDouble();
            int dow = i % 7;
            double promo = rnd.nextDouble() < 0.25 ? 1 : 0;
            double price = 8 + 4 * rnd.nextDouble();
            double noise = rnd.nextGaussian();
            x[i] = new double[] {lag, dow, promo, price, noise};
            y[i] = truth(x[i]) + 0.3 * rnd.nextGaussian();
        }
        return new Planted(x, y);
    }

    /** The planted function without noise. */
    static double truth(double[] r) {
        double weekly = r[1] >= 5 ? 6 : 0;
        return 0.6 * r[0] + PROMO_UPLIFT * r[2] + PRICE_SLOPE * (r[3] - 10) + weekly;
    }

    /** The planted function as a model. */
    static PredictFunction truthFunction() {
        return new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return NAMES;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = truth(rows[i]);
                }
                return out;
            }
        };
    }
}
