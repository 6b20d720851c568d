package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PermutationImportanceTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.derived(Frequency.DAILY);

    private static FeatureRows backtest(Planted data) {
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        for (int i = 0; i < data.y.length; i++) {
            keys.add(new FeatureRows.RowKey("s", null, 0, data.y[i]));
        }
        return new FeatureRows(Planted.NAMES, data.x, keys);
    }

    @Test
    void ranksPlantedDriversByTheirExpectedErrorIncrease() {
        Planted data = Planted.generate(4000, 21);
        GlobalImportance gi = PermutationImportance.compute("truth", GlobalImportance.Scope.model(),
                Planted.truthFunction(), backtest(data), null, CATALOG,
                new PermutationImportance.Options(4, PermutationImportance.Metric.MAE, 20_000, 7),
                ProgressListener.NONE, CancellationToken.none());
        // expected MAE increases: price 3 * 4/3 = 4.0, promo 8 * 2(.25)(.75) = 3.0,
        // weekend 6 * 2(2/7)(5/7) = 2.45, lag 0.6 * 10/3 = 2.0, noise 0
        assertThat(gi.familyRanking()).startsWith(FeatureFamily.PRICE, FeatureFamily.PROMOTION, FeatureFamily.SEASONALITY,
                FeatureFamily.RECENT_SALES);
        assertThat(gi.feature("price")).isCloseTo(4.0, within(0.3));
        assertThat(gi.feature("promo")).isCloseTo(3.0, within(0.3));
        assertThat(gi.feature("noise_feature")).isZero();
        assertThat(gi.features().get(0).spread()).isPositive();
        assertThat(gi.method()).isEqualTo(Method.PERMUTATION);
        assertThat(gi.points()).isEqualTo(4000);
    }

    @Test
    void familiesOfSeveralColumnsAreShuffledTogether() {
        List<String> names = List.of("lag_1", "lag_7", "promo");
        PredictFunction sumOfLags = new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return names;
            }

            @Override
            public double[] predict(double[][] rows) {
                return java.util.Arrays.stream(rows).mapToDouble(r -> r[0] + r[1]).toArray();
            }
        };
        double[][] x = new double[200][];
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            x[i] = new double[] {i, -i, i % 2};
            keys.add(new FeatureRows.RowKey("s", null, 0, 0));
        }
        GlobalImportance gi = PermutationImportance.compute("m", GlobalImportance.Scope.model(), sumOfLags,
                new FeatureRows(names, x, keys), null, CATALOG, PermutationImportance.Options.defaults(1),
                ProgressListener.NONE, CancellationToken.none());
        // lag_1 + lag_7 is always 0; shuffling both together by one permutation keeps it 0
        assertThat(gi.family(FeatureFamily.RECENT_SALES)).isZero();
        assertThat(gi.feature("lag_1")).isPositive();
        assertThat(gi.family(FeatureFamily.PROMOTION)).isZero();
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        Planted data = Planted.generate(100, 2);
        CancellationToken token = new CancellationToken();
        List<Double> fractions = new ArrayList<>();
        ProgressListener listener = (stage, fraction, message) -> {
            fractions.add(fraction);
            if (fractions.size() == 3) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> PermutationImportance.compute("m", GlobalImportance.Scope.model(),
                Planted.truthFunction(), backtest(data), null, CATALOG, PermutationImportance.Options.defaults(1),
                listener, token)).isInstanceOf(CancelledException.class);
        assertThat(fractions).hasSize(3).isSorted();
    }

    @Test
    void errorsAreMeasuredInSalesUnits() {
        Planted data = Planted.generate(300, 2);
        // a model predicting log1p(sales) exactly: its error in units is zero until shuffled
        PredictFunction logModel = new PredictFunction() {
            @Override
            public List<String> featureNames() {
                return Planted.NAMES;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] t = Planted.truthFunction().predict(rows);
                return java.util.Arrays.stream(t).map(Math::log1p).toArray();
            }
        };
        List<OutputTransform> expm1 = java.util.Collections.nCopies(300, OutputTransform.expm1());
        GlobalImportance inUnits = PermutationImportance.compute("log", GlobalImportance.Scope.model(), logModel,
                backtest(data), expm1, CATALOG, PermutationImportance.Options.defaults(3), ProgressListener.NONE,
                CancellationToken.none());
        GlobalImportance plain = PermutationImportance.compute("truth", GlobalImportance.Scope.model(),
                Planted.truthFunction(), backtest(data), null, CATALOG, PermutationImportance.Options.defaults(3),
                ProgressListener.NONE, CancellationToken.none());
        assertThat(inUnits.feature("promo")).isCloseTo(plain.feature("promo"), within(1e-6));
    }
}
