package io.salescast.project;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.evaluation.Metric;
import io.salescast.explain.EngineExplainer;
import io.salescast.explain.GlobalModelExplainer;
import io.salescast.explain.PointExplanation;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving a run's results and reading them back without training. */
class SavedResultsTest {

    private static SalesPanel panel;
    private static EngineSettings settings;
    private static EngineResult result;

    @BeforeAll
    static void run() {
        Random rnd = new Random(5);
        List<SalesSeries> series = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int days = i == 4 ? 20 : 150;   // the last one is too short for xgboost: fallback
            double[] y = new double[days];
            double[] promo = new double[days];
            for (int t = 0; t < days; t++) {
                promo[t] = rnd.nextDouble() < 0.2 ? 1 : 0;
                y[t] = 10 + i + 3 * Math.sin(t * 2 * Math.PI / 7) + 5 * promo[t] + rnd.nextGaussian();
            }
            series.add(new SalesSeries("P" + i, LocalDate.of(2024, 1, 1), y, new double[][] {promo}));
        }
        panel = new SalesPanel(Frequency.DAILY, List.of("promo"), series, StaticAttributes.empty());
        settings = new EngineSettings(List.of(ModelSpec.of("xgboost").withParam("trees", 15), ModelSpec.of("seasonal_naive"),
                ModelSpec.of("ensemble")), null, FeatureSpec.defaults(Frequency.DAILY, 7), 7, 2, 7, List.of(80), Metric.WAPE, 60);
        result = new ForecastEngine(settings, ModelCatalog.standard()).run(panel, null, new TrainContext(3, Device.CPU, 1, null, null));
    }

    @Test
    void roundTripGivesTheSameForecastsLeaderboardAndExplanations(@TempDir Path dir) throws Exception {
        SavedResults.write(dir, result, "abc");
        EngineResult back = SavedResults.read(dir, settings, panel, "abc");

        assertThat(back.forecasts().columnNames()).isEqualTo(result.forecasts().columnNames());
        for (var s : result.forecasts().series()) {
            var b = back.forecasts().series(s.id()).orElseThrow();
            assertThat(b.start()).isEqualTo(s.start());
            for (String c : result.forecasts().columnNames()) {
                assertThat(b.column(c)).containsExactly(s.column(c));
            }
        }
        assertThat(back.leaderboard().rows()).isEqualTo(result.leaderboard().rows());
        assertThat(back.leaderboard().perStep("xgboost")).isEqualTo(result.leaderboard().perStep("xgboost"));
        assertThat(back.auto()).isEqualTo(result.auto());
        assertThat(back.autoReason()).isEqualTo(result.autoReason());
        assertThat(back.blends()).isEqualTo(result.blends());
        assertThat(back.coverage()).isEqualTo(result.coverage());
        assertThat(back.fallbackSeries()).isEqualTo(result.fallbackSeries()).containsKey("xgboost");
        assertThat(back.references()).isEqualTo(result.references());
        assertThat(back.fitted().keySet()).isEqualTo(result.fitted().keySet());

        FittedGlobalForecaster g = (FittedGlobalForecaster) back.model("xgboost").orElseThrow();
        FittedGlobalForecaster o = (FittedGlobalForecaster) result.model("xgboost").orElseThrow();
        assertThat(g.predict(7, null, new int[0]).series().get(0).column("xgboost"))
                .containsExactly(o.predict(7, null, new int[0]).series().get(0).column("xgboost"));
        PointExplanation before = explain(result).get(3);
        PointExplanation after = explain(back).get(3);
        assertThat(after).isEqualTo(before);
    }

    private static List<PointExplanation> explain(EngineResult r) {
        return new EngineExplainer(GlobalModelExplainer.defaults(1)).explain(r, "xgboost", 7, ProgressListener.NONE,
                CancellationToken.none()).points();
    }

    @Test
    void otherDataMissingOrDamagedResultsAreRefusedWithOneLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SavedResults.read(dir, settings, panel, "abc")).isInstanceOf(SavedResults.Unusable.class)
                .hasMessage("the project has no saved results");
        SavedResults.write(dir, result, "abc");
        assertThatThrownBy(() -> SavedResults.read(dir, settings, panel, "other")).isInstanceOf(SavedResults.Unusable.class)
                .hasMessageContaining("changed");
        Files.delete(dir.resolve("models").resolve("xgboost.tribuo"));
        assertThatThrownBy(() -> SavedResults.read(dir, settings, panel, "abc")).isInstanceOf(SavedResults.Unusable.class)
                .hasMessageContaining("xgboost.tribuo");
        Files.writeString(dir.resolve(ResultFiles.FORECASTS), "garbage\n1,2\n");
        assertThatThrownBy(() -> SavedResults.read(dir, settings, panel, "abc")).isInstanceOf(SavedResults.Unusable.class);
        Files.writeString(dir.resolve(SavedResults.META), "{not json");
        assertThatThrownBy(() -> SavedResults.read(dir, settings, panel, "abc")).isInstanceOf(SavedResults.Unusable.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void undefinedNumbersSurviveTheJson() throws Exception {
        var c = new io.salescast.evaluation.ConformalCalibrator.Coverage("m", 80, Double.NaN, Double.POSITIVE_INFINITY, 1.5, false);
        String json = Json.mapper().writeValueAsString(c);
        assertThat(Json.mapper().readValue(json, io.salescast.evaluation.ConformalCalibrator.Coverage.class)).isEqualTo(c);
    }

    @Test
    void fingerprintDependsOnEveryPartAndItsBoundaries(@TempDir Path dir) throws Exception {
        assertThat(SavedResults.fingerprint("ab".getBytes(), "c".getBytes()))
                .isNotEqualTo(SavedResults.fingerprint("a".getBytes(), "bc".getBytes()))
                .isEqualTo(SavedResults.fingerprint("ab".getBytes(), "c".getBytes()));
        // the streaming form over files gives the same fingerprint; a missing file counts as empty
        Path c = dir.resolve("c.txt");
        Files.writeString(c, "c");
        assertThat(SavedResults.fingerprint("ab".getBytes(), c))
                .isEqualTo(SavedResults.fingerprint("ab".getBytes(), "c".getBytes()));
        assertThat(SavedResults.fingerprint("ab".getBytes(), c, dir.resolve("missing.csv")))
                .isEqualTo(SavedResults.fingerprint("ab".getBytes(), "c".getBytes(), new byte[0]));
    }
}
