package io.salescast.explain;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.salescast.core.SalescastException;
import io.salescast.features.FeatureFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExplanationCsvTest {

    static PointExplanation point(String id, LocalDate ds, double base, double... phi) {
        List<FeatureContribution> cs = new java.util.ArrayList<>();
        String[] names = {"lag_7", "promo", "price", "dow"};
        FeatureFamily[] fams = {FeatureFamily.RECENT_SALES, FeatureFamily.PROMOTION, FeatureFamily.PRICE, FeatureFamily.SEASONALITY};
        double sum = base;
        for (int j = 0; j < phi.length; j++) {
            cs.add(new FeatureContribution(names[j], names[j], fams[j], j, phi[j]));
            sum += phi[j];
        }
        return new PointExplanation("xgboost", id, ds, 1, base, sum, cs, Method.TREE_SHAP, 1, Units.SALES);
    }

    @Test
    void longFormatLetsAnyoneCheckAdditivityFromTheFileAlone(@TempDir Path dir) throws Exception {
        List<PointExplanation> points = List.of(
                point("SKU-1", LocalDate.of(2024, 12, 24), 10.125, 2.5, 8.0, -1.0 / 3, 0.1),
                point("SKU-2, large", LocalDate.of(2024, 12, 25), 4, -0.5, 0, 0.25, 1e-9));
        Path file = dir.resolve("explain.csv");
        ExplanationCsv.writePoints(file, points);

        Map<String, double[]> check = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    assertThat(r.getFields()).containsExactlyElementsOf(ExplanationCsv.HEADER);
                    header = false;
                    continue;
                }
                String key = r.getField(0) + "|" + r.getField(1) + "|" + r.getField(2);
                double v = Double.parseDouble(r.getField(5));
                double[] acc = check.computeIfAbsent(key, k -> new double[2]);
                if (r.getField(3).equals(ExplanationCsv.PREDICTION)) {
                    acc[1] = v;
                } else {
                    acc[0] += v;
                }
            }
        }
        assertThat(check).hasSize(2).containsKey("SKU-2, large|2024-12-25|xgboost");
        check.values().forEach(a -> assertThat(a[0]).isCloseTo(a[1], within(1e-12)));
        assertThat(Files.readAllLines(file)).hasSize(1 + 2 * 6).element(2).isEqualTo(
                "SKU-1,2024-12-24,xgboost,lag_7,recent_sales,2.5");
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void importanceFileListsFeaturesAndFamilies() {
        GlobalImportance gi = GlobalImportance.fromPoints("xgboost", GlobalImportance.Scope.category("Snacks"), List.of(
                point("a", null, 1, 1, 2, 3, 4), point("b", null, 1, -1, 0, 3, 0)));
        StringWriter w = new StringWriter();
        ExplanationCsv.writeImportance(w, List.of(gi));
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ExplanationCsv.IMPORTANCE_HEADER));
        assertThat(lines[1]).startsWith("xgboost,category Snacks,MEAN_ABS_CONTRIBUTION,feature,price,price,price,3,0");
        assertThat(lines).hasSize(1 + 4 + 4);
    }

    @Test
    void unwritableFolderIsAUserError(@TempDir Path dir) throws Exception {
        // a missing folder is created, so block it with a plain file of that name
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("x.csv");
        assertThatThrownBy(() -> ExplanationCsv.writePoints(file, List.of()))
                .isInstanceOf(SalescastException.class)
                .hasMessageContaining("Could not write")
                .extracting(e -> ((SalescastException) e).location().file()).isEqualTo("x.csv");
    }
}
