package io.salescast.project;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.PredictionBlock;
import io.salescast.forecast.global.TribuoData;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;
import io.salescast.series.LongFormatWriter;
import io.salescast.testing.SyntheticPanels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRunnerTest {

    @TempDir
    Path dir;

    @Test
    void runsAProjectAndSavesResultsProvenanceAndTribuoModels() throws Exception {
        LongFormatWriter.write(SyntheticPanels.daily(5, 220, 2.0, 3), dir.resolve("sales.csv"));
        ProjectSource src = new ProjectSource("sales.csv", null,
                new ColumnMapping("ds", "y", List.of("unique_id"), List.of("price", "promo"), List.of(), List.of()), null);
        Project p = Project.create("test", src, Frequency.DAILY, 7)
                .withModels(List.of(ModelSpec.of("xgboost").withParam("trees", 20), ModelSpec.of("seasonal_naive"),
                        ModelSpec.of("ensemble")))
                .withFeatures(FeatureSpec.defaults(Frequency.DAILY))
                .withWindows(2);
        Path file = dir.resolve("test.json");
        ProjectStore.save(p, file);

        RunResult run = new ProjectRunner(ModelCatalog.standard()).run(ProjectStore.load(file), file, true,
                ProgressListener.NONE, CancellationToken.none());

        Path results = dir.resolve("test.results");
        assertThat(run.resultsDir()).isEqualTo(results);
        // the run carries what reading the data found, so a report needs no second read
        assertThat(run.importReport()).isNotNull();
        assertThat(run.importReport().file()).endsWith("sales.csv");
        assertThat(run.importReport().rowsImported()).isEqualTo(run.importReport().rowsRead()).isPositive();
        assertThat(results.resolve("forecasts.csv")).exists();
        assertThat(Files.readAllLines(results.resolve("forecasts.csv")).get(0))
                .startsWith("unique_id,ds,xgboost,xgboost-lo-80,xgboost-hi-80,xgboost-lo-95,xgboost-hi-95,seasonal_naive,")
                .endsWith(",auto,auto-lo-80,auto-hi-80,auto-lo-95,auto-hi-95");
        assertThat(Files.readAllLines(results.resolve("forecasts.csv"))).hasSize(1 + 5 * 7);
        assertThat(Files.readString(results.resolve("backtest.csv"))).startsWith("unique_id,ds,cutoff,y,xgboost");
        assertThat(Files.readString(results.resolve("leaderboard.csv"))).startsWith("model,baseline,points,wape,mase");
        String prov = Files.readString(results.resolve("provenance.json"));
        assertThat(prov).contains("\"inputSha256\" : \"" + ProjectRunner.sha256(dir.resolve("sales.csv")) + "\"")
                .contains("\"tribuo\" : \"4.3.2\"").contains("\"seed\" : 42").contains("TableXGBoostTrainer").contains("objective=reg:tweedie");
        assertThat(run.provenance().recommended()).isNotBlank();

        // the saved model is Tribuo's protobuf format and predicts exactly like the trained one
        FittedGlobalForecaster fitted = (FittedGlobalForecaster) run.result().model("xgboost").orElseThrow();
        Model<Regressor> loaded = ResultFiles.readModel(results.resolve("models/xgboost.tribuo"));
        PredictionBlock block = fitted.predictDetailed(7, null).blocks().get(0);
        List<Prediction<Regressor>> again = loaded.predict(TribuoData.examples(block.rows()));
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).getOutput().getValues()[0]).isEqualTo(block.predictions()[i]);
        }
    }
}
