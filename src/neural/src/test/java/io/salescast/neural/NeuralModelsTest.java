package io.salescast.neural;

import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.evaluation.Metric;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeuralModelsTest {

    private static final ModelCatalog CATALOG = NeuralModels.register(ModelCatalog.standard());
    private static final String TINY = "window=14;hidden=8;epochs=2;windows=8;batch=32;threads=1";

    @TempDir
    Path dir;

    @Test
    void catalogCreatesTheNeuralTypesFromTheirParameters() {
        assertThat(CATALOG.types()).contains("lstm", "gru", "lstm_attention");
        Forecaster f = CATALOG.create(ModelSpec.parse("net=gru:hidden=16;layers=2;epochs=3;lr=0.001;loss=poisson"), Frequency.DAILY, 14);
        NeuralSpec s = ((NeuralForecaster) f).spec();
        assertThat(s.alias()).isEqualTo("net");
        assertThat(s.architecture()).isEqualTo(Architecture.GRU);
        assertThat(s.horizon()).isEqualTo(14);
        assertThat(s.hidden()).isEqualTo(16);
        assertThat(s.layers()).isEqualTo(2);
        assertThat(s.loss()).isEqualTo(LossKind.POISSON);
        assertThat(s.training().maxEpochs()).isEqualTo(3);
        assertThat(s.training().learningRate()).isEqualTo(0.001);
        // weekly data: a window of two years by default
        assertThat(NeuralModels.specOf(ModelSpec.of("lstm"), Architecture.LSTM, Frequency.WEEKLY, 8).window()).isEqualTo(104);
        // without parameters on daily data: the default LSTM (what the workbench offers)
        Forecaster plain = NeuralModels.register(ModelCatalog.standard(), TrainingListener.NONE)
                .create(ModelSpec.of("lstm"), Frequency.DAILY, 28);
        assertThat(((NeuralForecaster) plain).spec()).isEqualTo(NeuralSpec.lstm(28).withAlias("lstm"));
    }

    @Test
    void refusesUnknownParametersAndBadValues() {
        assertThatThrownBy(() -> CATALOG.create(ModelSpec.parse("lstm:trees=3"), Frequency.DAILY, 7))
                .isInstanceOf(SalescastException.class).hasMessageContaining("no parameter 'trees'");
        assertThatThrownBy(() -> CATALOG.create(ModelSpec.parse("lstm:hidden=lots"), Frequency.DAILY, 7))
                .isInstanceOf(SalescastException.class).hasMessageContaining("invalid parameter");
        assertThatThrownBy(() -> CATALOG.create(ModelSpec.parse("lstm_attention:hidden=10;heads=4"), Frequency.DAILY, 7))
                .isInstanceOf(SalescastException.class).hasMessageContaining("multiple of attentionHeads");
    }

    @Test
    void engineBacktestsRanksBlendsAndSavesTheNetwork() throws Exception {
        SalesPanel panel = SyntheticPanels.daily(6, 150, 21);
        // trained well enough to learn the planted weekly and promotion effects, so that it beats
        // seasonal naive on the noisy counts and joins the ensemble
        String trained = "window=14;hidden=16;epochs=5;windows=32;batch=32;patience=5;threads=1";
        EngineSettings settings = new EngineSettings(List.of(ModelSpec.parse("lstm:" + trained), ModelSpec.of("seasonal_naive"),
                ModelSpec.of("ensemble")), null, FeatureSpec.none(), 7, 2, 7, List.of(80), Metric.WAPE, 0);
        EngineResult r = new ForecastEngine(settings, CATALOG).run(panel, null, new TrainContext(1, Device.CPU, 1, null, null));
        assertThat(r.leaderboard().row("lstm")).hasValueSatisfying(row -> assertThat(row.failure()).isNull());
        assertThat(r.blends().get("ensemble").weights()).containsKey("lstm");
        assertThat(r.forecasts().columnNames()).contains("lstm", "lstm-lo-80", "ensemble");
        var fitted = r.model("lstm").orElseThrow();
        assertThat(fitted.trainingCurve()).hasValueSatisfying(c -> assertThat(c.epochs()).hasSize(5));
        assertThat(r.leaderboard().row("lstm").orElseThrow().overall().wape())
                .isLessThan(r.leaderboard().row("seasonal_naive").orElseThrow().overall().wape());
        assertThat(fitted.provenance()).contains("LSTM window 14, hidden 16 x 1").contains("on CPU: ND4J");
        fitted.saveTo(dir);
        NeuralSpec spec = NeuralModels.specOf(ModelSpec.parse("lstm:" + trained), Architecture.LSTM, Frequency.DAILY, 7);
        TrainedNetwork back = new NeuralModelStore(dir).load(spec);
        double[] a = fitted.predict(7, null, new int[0]).series("p2").orElseThrow().column("lstm");
        double[] b = back.bind(panel).predict(7, null, new int[0]).series("p2").orElseThrow().column("lstm");
        assertThat(b).containsExactly(a);
    }

    @Test
    void trainingDirectlyAlsoWorksWithoutTheEngine() {
        SalesPanel panel = SyntheticPanels.daily(3, 60, 2);
        Forecaster f = CATALOG.create(ModelSpec.parse("gru:" + TINY), Frequency.DAILY, 7);
        assertThat(f.fit(panel, FeatureSpec.none(), new TrainContext(1, Device.CPU, 1, null, null))
                .predict(7, null, new int[0]).series()).hasSize(3);
    }
}
