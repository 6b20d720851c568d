package io.salescast.explain;

import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KernelShapTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.derived(Frequency.DAILY);

    private static PredictFunction linear(List<String> names, double[] w) {
        return new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return names;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    for (int j = 0; j < w.length; j++) {
                        out[i] += w[j] * rows[i][j];
                    }
                }
                return out;
            }
        };
    }

    private static double[][] randomRows(int n, int m, long seed) {
        Random rnd = new Random(seed);
        double[][] x = new double[n][m];
        for (double[] r : x) {
            for (int j = 0; j < m; j++) {
                r[j] = rnd.nextGaussian() * (j + 1);
            }
        }
        return x;
    }

    @Test
    void linearModelGetsExactInterventionalShapleyValuesWhenEnumerated() {
        List<String> names = List.of("lag_1", "dow", "promo", "price", "attr_size");
        double[] w = {0.5, -1, 8, -3, 2};
        double[][] data = randomRows(40, 5, 1);
        Background bg = Background.of(names, data, 40, 1);
        KernelShap ks = new KernelShap(linear(names, w), bg, CATALOG, KernelShap.Options.defaults(3));
        double[] x = {10, 3, 1, 9.5, -2};
        PointExplanation p = ks.explain("lin", x, FeatureRows.RowKey.anonymous(0));
        for (int j = 0; j < 5; j++) {
            assertThat(p.contributions().get(j).contribution()).isCloseTo(w[j] * (x[j] - bg.mean(j)), within(1e-9));
        }
        assertThat(p.additivityError()).isCloseTo(0, within(1e-9));
        assertThat(p.fidelity()).isCloseTo(1, within(1e-9));
        assertThat(p.method()).isEqualTo(Method.KERNEL_SHAP);
    }

    @Test
    void interactionIsSplitAsTheShapleyFormulaSays() {
        List<String> names = List.of("a", "b");
        PredictFunction product = new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return names;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = rows[i][0] * rows[i][1];
                }
                return out;
            }
        };
        Background bg = Background.of(names, new double[][] {{1, 2}}, 1, 0);
        PointExplanation p = new KernelShap(product, bg, CATALOG, KernelShap.Options.defaults(0))
                .explain("m", new double[] {3, 5}, FeatureRows.RowKey.anonymous(0));
        // phi_a = ((x_a b_b - b_a b_b) + (x_a x_b - b_a x_b)) / 2 = (4 + 10) / 2 = 7; phi_b = 15 - 2 - 7 = 6
        assertThat(p.contributions().get(0).contribution()).isCloseTo(7, within(1e-9));
        assertThat(p.contributions().get(1).contribution()).isCloseTo(6, within(1e-9));
        assertThat(p.base()).isEqualTo(2);
    }

    @Test
    void sampledCoalitionsStayAdditiveAndCloseOnManyFeatures() {
        List<String> names = new ArrayList<>();
        double[] w = new double[20];
        for (int j = 0; j < 20; j++) {
            names.add("x" + j);
            w[j] = j % 3 == 0 ? 2 : -0.5;
        }
        double[][] data = randomRows(30, 20, 5);
        Background bg = Background.of(names, data, 30, 1);
        KernelShap ks = new KernelShap(linear(names, w), bg, CATALOG, new KernelShap.Options(600, false, 9));
        double[] x = randomRows(1, 20, 77)[0];
        PointExplanation p = ks.explain("lin", x, FeatureRows.RowKey.anonymous(0));
        assertThat(p.additivityError()).isCloseTo(0, within(1e-9));
        for (int j = 0; j < 20; j++) {
            // a linear model is additive, so even sampled coalitions recover it
            assertThat(p.contributions().get(j).contribution()).isCloseTo(w[j] * (x[j] - bg.mean(j)), within(1e-6));
        }
        PointExplanation again = ks.explain("lin", x, FeatureRows.RowKey.anonymous(0));
        assertThat(again).isEqualTo(p);
    }

    @Test
    void familyPlayersRecoverPlantedDrivers() {
        Planted data = Planted.generate(400, 3);
        Background bg = Background.of(Planted.NAMES, data.x, 50, 2);
        KernelShap ks = new KernelShap(Planted.truthFunction(), bg, CATALOG, new KernelShap.Options(256, true, 1));
        double[] promoOn = {25, 1, 1, 10, 0};
        double[] promoOff = {25, 1, 0, 10, 0};
        PointExplanation on = ks.explain("truth", promoOn, FeatureRows.RowKey.anonymous(0));
        PointExplanation off = ks.explain("truth", promoOff, FeatureRows.RowKey.anonymous(0));
        assertThat(on.contributions()).extracting(FeatureContribution::feature)
                .containsExactly("recent_sales", "seasonality", "price", "promotion", "other");
        Comparison diff = Comparison.of(on, "promotion on", off, "promotion off");
        assertThat(diff.byFamily().get(FeatureFamily.PROMOTION)).isCloseTo(Planted.PROMO_UPLIFT, within(1e-9));
        assertThat(diff.difference()).isCloseTo(Planted.PROMO_UPLIFT, within(1e-9));
        assertThat(diff.byFamily().get(FeatureFamily.PRICE)).isCloseTo(0, within(1e-9));
    }
}
