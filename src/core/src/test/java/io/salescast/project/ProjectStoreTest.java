package io.salescast.project;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ModelSpec;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {

    @TempDir
    Path dir;

    private static Project project() {
        ProjectSource src = new ProjectSource("sales.xlsx", null,
                ColumnMapping.of("date", "units", List.of("sku")).withCovariates(List.of("price", "promo")), null);
        return Project.create("Shop", src, Frequency.DAILY, 28)
                .withModels(List.of(ModelSpec.parse("xgb=xgboost:trees=100;strategy=direct"), ModelSpec.of("ets"),
                        ModelSpec.of("ensemble")))
                .withFeatures(FeatureSpec.defaults(Frequency.DAILY).withCustomEvents(List.of("anniversary:2024-05-20")));
    }

    @Test
    void roundTripsEverySetting() throws Exception {
        Path file = dir.resolve("shop.json");
        Project p = project();
        ProjectStore.save(p, file);
        String json = Files.readString(file);
        assertThat(json).contains("\"formatVersion\" : 1").contains("\"lags\"").contains("\"strategy\" : \"direct\"");
        Project back = ProjectStore.load(file);
        assertThat(back).isEqualTo(p);
        assertThat(back.source().resolve(file)).isEqualTo(dir.resolve("sales.xlsx").toAbsolutePath());
        assertThat(dir.toFile().list()).containsExactly("shop.json");
    }

    @Test
    void minimalFileGetsDefaults() throws Exception {
        Path file = dir.resolve("min.json");
        Files.writeString(file, """
                {"formatVersion": 1, "horizon": 14,
                 "source": {"file": "x.csv", "mapping": {"date": "d", "target": "y", "seriesKeys": ["id"]}}}
                """);
        Project p = ProjectStore.load(file);
        assertThat(p.models()).extracting(ModelSpec::type).contains("xgboost", "seasonal_naive", "ensemble");
        assertThat(p.levels()).containsExactly(80, 95);
        assertThat(p.features()).isNull();
        assertThat(p.engineSettings(Frequency.DAILY).features()).isEqualTo(FeatureSpec.defaults(Frequency.DAILY));
    }

    @Test
    void refusesNewerFormatsAndNonProjectsClearly() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"formatVersion\": 9, \"source\": {}}");
        assertThatThrownBy(() -> ProjectStore.load(newer)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("newer Salescast").hasMessageContaining("format version 9");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[1, 2]");
        assertThatThrownBy(() -> ProjectStore.load(other)).hasMessageContaining("not a Salescast project");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,\n \"source\": ");
        assertThatThrownBy(() -> ProjectStore.load(broken)).hasMessageContaining("not valid JSON");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"horizon\": 0, \"source\": {\"file\": \"x\", \"mapping\": {\"target\": \"y\"}}}");
        assertThatThrownBy(() -> ProjectStore.load(bad)).isInstanceOf(ProjectException.class).hasMessageContaining("horizon");
    }

    @Test
    void anAttributeSourceRoundTripsAndIsWrittenAsVersion2() throws Exception {
        Path file = dir.resolve("attrs.json");
        AttributeSource attrs = new AttributeSource("products.csv", null, Map.of("sku", "code"), List.of("category", "brand"));
        Project p = project().withSource(project().source().withAttributes(attrs));
        ProjectStore.save(p, file);
        String json = Files.readString(file);
        assertThat(json).contains("\"formatVersion\" : 2").contains("\"attributes\" : {").contains("\"sku\" : \"code\"");
        Project back = ProjectStore.load(file);
        assertThat(back).isEqualTo(p);
        assertThat(back.source().attributes().resolve(file, null)).isEqualTo(dir.resolve("products.csv").toAbsolutePath());

        Project sheet = project().withSource(project().source().withAttributes(AttributeSource.sheet("Products")));
        ProjectStore.save(sheet, file);
        AttributeSource a = ProjectStore.load(file).source().attributes();
        assertThat(a.sameFile()).isTrue();
        assertThat(a.read().sheet()).isEqualTo("Products");
        assertThat(a.resolve(file, dir.resolve("sales.xlsx"))).isEqualTo(dir.resolve("sales.xlsx"));
        assertThat(Files.readString(file)).doesNotContain("sameFile");
    }

    @Test
    void projectsWithoutAttributesStayVersion1AndOldFilesLoad() throws Exception {
        Path file = dir.resolve("plain.json");
        ProjectStore.save(project(), file);
        assertThat(Files.readString(file)).contains("\"formatVersion\" : 1").doesNotContain("\"attributes\" : {");
        assertThat(ProjectStore.load(file).source().attributes()).isNull();
        // the bundled sample project (format version 1) loads unchanged
        Project sample = ProjectStore.load(Path.of("../../samples/sample-store.json"));
        assertThat(sample.source().attributes()).isNull();
        assertThat(sample.source().read().sheet()).isEqualTo("Daily sales");
    }
}
