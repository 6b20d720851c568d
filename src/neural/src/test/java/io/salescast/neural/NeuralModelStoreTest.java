package io.salescast.neural;

import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.TrainContext;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeuralModelStoreTest {

    private static final SalesPanel FULL = SyntheticPanels.build(4, 80, 5, 7);
    private static final SalesPanel HISTORY = SyntheticPanels.head(FULL, 80);
    private static final SalesPanel FUTURE = SyntheticPanels.tail(FULL, 80);
    private static final NeuralSpec SPEC = SyntheticPanels.tiny(Architecture.GRU, 7, 1);
    private static TrainedNetwork trained;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        trained = NeuralForecaster.of(SPEC).train(HISTORY, FeatureSpec.none(), new TrainContext(9, Device.CPU, 1, null, null));
    }

    @Test
    void roundTripGivesIdenticalForecastsAndKeepsCurveAndProvenance() {
        NeuralModelStore store = new NeuralModelStore(dir);
        store.save(trained);
        assertThat(store.exists("gru")).isTrue();
        TrainedNetwork back = store.load(SPEC.withTraining(SPEC.training().withThreads(2)));  // threads do not matter
        double[] before = trained.bind(HISTORY).predict(7, FUTURE, new int[0]).series("p1").orElseThrow().column("gru");
        double[] after = back.bind(HISTORY).predict(7, FUTURE, new int[0]).series("p1").orElseThrow().column("gru");
        assertThat(after).containsExactly(before);
        assertThat(back.curve()).isEqualTo(trained.curve());
        assertThat(back.info()).isEqualTo(trained.info());
        assertThat(back.encoding()).isEqualTo(trained.encoding());
    }

    @Test
    void refusesANetworkTrainedWithOtherSettings() {
        NeuralModelStore store = new NeuralModelStore(dir);
        store.save(trained);
        assertThatThrownBy(() -> store.load(SPEC.withWindow(28).withHidden(16)))
                .isInstanceOf(SalescastException.class)
                .hasMessageContaining("trained with other settings")
                .hasMessageContaining("window 14 instead of 28")
                .hasMessageContaining("hidden units 8 instead of 16");
    }

    @Test
    void refusesMissingAndDamagedFiles() throws Exception {
        NeuralModelStore store = new NeuralModelStore(dir);
        assertThatThrownBy(() -> store.load(SPEC)).isInstanceOf(SalescastException.class).hasMessageContaining("No saved network 'gru'");
        store.save(trained);
        Files.writeString(store.networkFile("gru"), "not a zip");
        assertThatThrownBy(() -> store.load(SPEC)).isInstanceOf(SalescastException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void bindingDataWithoutTheTrainedCovariatesFails() {
        SalesPanel noPromo = new SalesPanel(HISTORY.frequency(), List.of("price"),
                HISTORY.series().stream().map(s -> new io.salescast.series.SalesSeries(s.id(), s.start(), s.y(),
                        new double[][] {s.covariates()[0]})).toList(), HISTORY.attributes());
        assertThatThrownBy(() -> trained.bind(noPromo)).isInstanceOf(SalescastException.class)
                .hasMessageContaining("no covariate 'promo'");
    }

    @Test
    void fineTuningStartsFromThePretrainedWeights() {
        SalesPanel subset = HISTORY.select(List.of("p0", "p1"));
        // a vanishing learning rate: the fine-tuned weights must stay where pretraining left them
        TrainedNetwork tuned = NeuralForecaster.fineTuning(trained, "gru_tuned", SPEC.training().withLearningRate(1e-9))
                .train(subset, FeatureSpec.none(), new TrainContext(9, Device.CPU, 1, null, null));
        assertThat(tuned.info().fineTunedFrom()).isEqualTo("gru");
        assertThat(tuned.encoding()).isEqualTo(trained.encoding());
        assertThat(tuned.spec().alias()).isEqualTo("gru_tuned");
        double moved = tuned.network().params().sub(trained.network().params()).amaxNumber().doubleValue();
        assertThat(moved).isLessThan(1e-5);
        TrainedNetwork scratch = NeuralForecaster.of(SPEC.withTraining(SPEC.training().withLearningRate(1e-9)))
                .train(HISTORY, FeatureSpec.none(), new TrainContext(10, Device.CPU, 1, null, null));
        assertThat(scratch.network().params().sub(trained.network().params()).amaxNumber().doubleValue()).isGreaterThan(1e-2);
    }
}
