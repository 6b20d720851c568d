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

import io.salescast.series.SalesPanel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
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
        assertThat(run.provenance().attributesFile()).as("no separate attribute file").isNull();

        // the saved model is Tribuo's protobuf format and predicts exactly like the trained one
        FittedGlobalForecaster fitted = (FittedGlobalForecaster) run.result().model("xgboost").orElseThrow();
        Model<Regressor> loaded = ResultFiles.readModel(results.resolve("models/xgboost.tribuo"));
        PredictionBlock block = fitted.predictDetailed(7, null).blocks().get(0);
        List<Prediction<Regressor>> again = loaded.predict(TribuoData.examples(block.rows()));
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).getOutput().getValues()[0]).isEqualTo(block.predictions()[i]);
        }
    }

    /** A workbook with a "Sales" sheet (3 products, 30 days) and a "Products" sheet (2 of them, plus one unknown). */
    static Path workbookWithProducts(Path dir) throws Exception {
        Path f = dir.resolve("shop.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet sales = wb.createSheet("Sales");
            Row h = sales.createRow(0);
            h.createCell(0).setCellValue("date");
            h.createCell(1).setCellValue("sku");
            h.createCell(2).setCellValue("units");
            int r = 1;
            for (int d = 0; d < 30; d++) {
                for (String sku : List.of("A", "B", "C")) {
                    Row row = sales.createRow(r++);
                    row.createCell(0).setCellValue(java.time.LocalDate.of(2025, 1, 1).plusDays(d).toString());
                    row.createCell(1).setCellValue(sku);
                    row.createCell(2).setCellValue((d * 3 + sku.charAt(0)) % 7);
                }
            }
            Sheet products = wb.createSheet("Products");
            String[][] rows = {{"sku", "category", "brand"}, {"A", "Toys", "Acme"}, {"B", "Books", "Bix"}, {"Z", "Games", "Zed"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = products.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void loadJoinsTheAttributesOfAnotherSheetAsTheCommandLineRunsThem() throws Exception {
        workbookWithProducts(dir);
        ProjectSource src = new ProjectSource("shop.xlsx", io.salescast.ingest.ReadOptions.defaults().withSheet("Sales"),
                ColumnMapping.of("date", "units", List.of("sku")), null).withAttributes(AttributeSource.sheet("Products"));
        Path file = dir.resolve("shop.json");
        ProjectStore.save(Project.create("shop", src, Frequency.DAILY, 7), file);
        var out = new ProjectRunner(ModelCatalog.standard()).load(ProjectStore.load(file), file, ProgressListener.NONE,
                CancellationToken.none());
        SalesPanel panel = out.shaped().panel();
        assertThat(panel.ids()).containsExactly("A", "B", "C");
        assertThat(panel.attributes().names()).containsExactly("category", "brand");
        assertThat(panel.attributes().get("B", "brand")).isEqualTo("Bix");
        assertThat(panel.attributes().get("C", "category")).isNull();
        assertThat(out.report().problems()).extracting(p -> p.kind())
                .contains(io.salescast.ingest.ProblemKind.ATTRIBUTES_MISSING, io.salescast.ingest.ProblemKind.ATTRIBUTES_UNMATCHED);
    }

    @Test
    void provenanceNamesAndHashesASeparateAttributeFile() throws Exception {
        LongFormatWriter.write(SyntheticPanels.daily(3, 120, 2.0, 5), dir.resolve("sales.csv"));
        Path products = dir.resolve("products.csv");
        java.util.List<String> ids = new java.util.ArrayList<>();
        Files.readAllLines(dir.resolve("sales.csv")).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct()
                .forEach(ids::add);
        Files.writeString(products, "unique_id,category\n" + String.join("\n", ids.stream().map(i -> i + ",toys").toList()) + "\n");
        ProjectSource src = new ProjectSource("sales.csv", null,
                new ColumnMapping("ds", "y", List.of("unique_id"), List.of("price", "promo"), List.of(), List.of()), null)
                .withAttributes(new AttributeSource("products.csv", null, null, null));
        Project p = Project.create("attrs", src, Frequency.DAILY, 7).withModels(List.of(ModelSpec.of("seasonal_naive")))
                .withWindows(1);
        Path file = dir.resolve("attrs.json");
        ProjectStore.save(p, file);
        RunResult run = new ProjectRunner(ModelCatalog.standard()).run(ProjectStore.load(file), file, true,
                ProgressListener.NONE, CancellationToken.none());
        assertThat(run.provenance().attributesFile()).isEqualTo(products.toString());
        assertThat(run.provenance().attributesSha256()).isEqualTo(ProjectRunner.sha256(products)).hasSize(64);
        assertThat(Files.readString(dir.resolve("attrs.results/provenance.json")))
                .contains("\"attributesSha256\" : \"" + ProjectRunner.sha256(products) + "\"");
        assertThat(run.panel().attributes().names()).containsExactly("category");
    }
}
