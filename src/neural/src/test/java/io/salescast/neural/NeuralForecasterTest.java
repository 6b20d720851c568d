package io.salescast.neural;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeuralForecasterTest {

    private static final SalesPanel FULL = SyntheticPanels.build(6, 120, 11, 7);
    private static final SalesPanel HISTORY = SyntheticPanels.head(FULL, 120);
    private static final SalesPanel FUTURE = SyntheticPanels.tail(FULL, 120);

    private static TrainContext ctx(long seed) {
        return new TrainContext(seed, Device.CPU, 1, null, null);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void forecastsEverySeriesAfterItsHistory(Architecture arch) {
        List<TrainingCurve.Epoch> seen = new CopyOnWriteArrayList<>();
        NeuralForecaster f = NeuralForecaster.of(SyntheticPanels.tiny(arch, 7, 2))
                .withListener((alias, epoch, curve) -> seen.add(epoch));
        NeuralFittedForecaster fitted = f.fit(HISTORY, FeatureSpec.none(), ctx(1));
        ForecastFrame frame = fitted.predict(7, FUTURE, new int[] {80});
        assertThat(frame.series()).hasSize(6);
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            assertThat(s.start()).isEqualTo(SyntheticPanels.START.plusDays(120));
            double[] v = s.column(arch.defaultAlias());
            assertThat(v).hasSize(7);
            assertThat(java.util.Arrays.stream(v).allMatch(x -> Double.isFinite(x) && x >= 0)).isTrue();
        }
        TrainingCurve curve = fitted.trainingCurve().orElseThrow();
        assertThat(curve.epochs()).hasSize(2);
        assertThat(seen).extracting(TrainingCurve.Epoch::epoch).containsExactly(1, 2);
        assertThat(curve.epochs()).allSatisfy(e -> assertThat(e.validationLoss()).isFinite());
        assertThat(curve.bestEpoch()).isBetween(1, 2);
    }

    @Test
    void sameSeedGivesIdenticalForecasts() {
        NeuralSpec spec = SyntheticPanels.tiny(Architecture.LSTM, 7, 2);
        double[] a = NeuralForecaster.of(spec).fit(HISTORY, FeatureSpec.none(), ctx(5)).predict(7, FUTURE, new int[0])
                .series("p3").orElseThrow().column("lstm");
        double[] b = NeuralForecaster.of(spec).fit(HISTORY, FeatureSpec.none(), ctx(5)).predict(7, FUTURE, new int[0])
                .series("p3").orElseThrow().column("lstm");
        double[] c = NeuralForecaster.of(spec).fit(HISTORY, FeatureSpec.none(), ctx(6)).predict(7, FUTURE, new int[0])
                .series("p3").orElseThrow().column("lstm");
        assertThat(b).containsExactly(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void cancellationIsPolledWithinAnEpoch() {
        CancellationToken token = new CancellationToken();
        List<String> epochs = new ArrayList<>();
        // cancel as soon as the first minibatch reports progress: the epoch must not finish
        TrainContext c = new TrainContext(1, Device.CPU, 1, (stage, fraction, message) -> {
            if (message.startsWith("epoch 1, batch")) {
                token.cancel();
            }
        }, token);
        NeuralForecaster f = NeuralForecaster.of(SyntheticPanels.tiny(Architecture.LSTM, 7, 3))
                .withListener((alias, epoch, curve) -> epochs.add("epoch " + epoch.epoch()));
        assertThatThrownBy(() -> f.fit(HISTORY, FeatureSpec.none(), c)).isInstanceOf(CancelledException.class);
        assertThat(epochs).isEmpty();
    }

    @Test
    void learnsThePlantedPromotionEffect() {
        // promotions double sales in the synthetic data: a forecast with promotion on every future day
        // must come out clearly higher than one with promotions off
        NeuralSpec spec = SyntheticPanels.tiny(Architecture.LSTM, 7, 6).withHidden(16);
        spec = spec.withTraining(spec.training().withWindowsPerSeries(48).withPatience(6));
        NeuralFittedForecaster fitted = NeuralForecaster.of(spec).fit(HISTORY, FeatureSpec.none(), ctx(3));
        double on = total(fitted.predict(7, withPromo(1), new int[0]));
        double off = total(fitted.predict(7, withPromo(0), new int[0]));
        assertThat(on / off).isGreaterThan(1.3);
    }

    private static SalesPanel withPromo(double value) {
        return FUTURE.withSeries(FUTURE.series().stream().map(s -> {
            double[] promo = new double[s.length()];
            java.util.Arrays.fill(promo, value);
            // a promotion is a 20% discount in this data: regular price is the history's highest
            double regular = java.util.Arrays.stream(HISTORY.series(s.id()).orElseThrow().covariates()[0]).max().orElseThrow();
            double[] price = new double[s.length()];
            java.util.Arrays.fill(price, value > 0 ? regular * 0.8 : regular);
            return new io.salescast.series.SalesSeries(s.id(), s.start(), s.y(), new double[][] {price, promo});
        }).toList());
    }

    private static double total(ForecastFrame frame) {
        return frame.series().stream().flatMapToDouble(s -> java.util.Arrays.stream(s.column("lstm"))).sum();
    }
}
