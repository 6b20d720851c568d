package io.salescast.series;

import io.salescast.ingest.ImportException;
import io.salescast.ingest.Importer;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeJoinTest {

    @TempDir
    Path dir;

    private RawTable table(String csv) throws Exception {
        Path f = dir.resolve("products.csv");
        Files.writeString(f, csv);
        return Importer.read(f, ReadOptions.defaults()).table();
    }

    @Test
    void joinsByTheColumnNamedLikeTheKeyAndReportsWhatDidNotMatch() throws Exception {
        RawTable t = table("""
                SKU,category,brand,launch_date
                A,Toys,Acme,2021-03-01
                B,Books,Acme,2020-01-15
                C,Toys,,2022-07-30
                X,Games,Zed,2019-05-05
                """);
        AttributeJoin.Result r = AttributeJoin.join(t, List.of("sku"), Map.of(), List.of(), List.of("A", "B", "C", "D"));
        assertThat(r.keys()).containsExactly(Map.entry("sku", "SKU"));
        assertThat(r.attributes().names()).containsExactly("category", "brand", "launch_date");
        assertThat(r.attributes().get("A", "category")).isEqualTo("Toys");
        assertThat(r.attributes().get("B", "launch_date")).isEqualTo("2020-01-15");
        assertThat(r.attributes().get("C", "brand")).as("empty cell = unknown").isNull();
        assertThat(r.attributes().ids()).containsExactly("A", "B", "C");
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.withoutRow()).containsExactly("D");
        assertThat(r.unmatchedRows()).containsExactly(5L);
        assertThat(r.summary()).startsWith("3 of 4 products matched by SKU; 1 product has no attributes row (\"D\"); 1 row matches no product.")
                .contains("3 attributes: category, brand, launch_date");
        assertThat(r.report().problems()).extracting(p -> p.kind())
                .containsExactly(ProblemKind.ATTRIBUTES_MISSING, ProblemKind.ATTRIBUTES_UNMATCHED);
        assertThat(r.report().problems().get(0).location().file()).isEqualTo("products.csv");
    }

    @Test
    void aTableKeyedBySkuServesSeriesKeyedByStoreAndSku() throws Exception {
        RawTable t = table("sku,category\nA,Toys\nB,Books\n");
        AttributeJoin.Result r = AttributeJoin.join(t, List.of("store", "sku"), Map.of(), List.of(),
                List.of("S1/A", "S2/A", "S1/B"));
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.attributes().get("S2/A", "category")).isEqualTo("Toys");
        assertThat(r.attributes().get("S1/B", "category")).isEqualTo("Books");
    }

    @Test
    void chosenKeyAndColumnsAreUsed() throws Exception {
        RawTable t = table("code,name,category,brand\nA,Ball,Toys,Acme\nB,Book,Books,Bix\n");
        AttributeJoin.Result r = AttributeJoin.join(t, List.of("sku"), Map.of("sku", "code"), List.of("brand"), List.of("A", "B"));
        assertThat(r.attributes().names()).containsExactly("brand");
        assertThat(r.attributes().get("B", "brand")).isEqualTo("Bix");
        assertThatThrownBy(() -> AttributeJoin.join(t, List.of("sku"), Map.of("sku", "code"), List.of("code"), List.of("A")))
                .isInstanceOf(ImportException.class).hasMessageContaining("is the key of the attribute table");
    }

    @Test
    void repeatedRowsWithTheSameValuesAreHarmlessButConflictsAreErrorsNamingRowsAndColumn() throws Exception {
        RawTable same = table("sku,category\nA,Toys\nB,Books\nA,Toys\n");
        assertThat(AttributeJoin.join(same, List.of("sku"), Map.of(), List.of(), List.of("A", "B")).repeatedRows()).isEqualTo(1);

        RawTable conflict = table("sku,category,brand\nA,Toys,Acme\nB,Books,Bix\nA,Toys,Zed\n");
        assertThatThrownBy(() -> AttributeJoin.join(conflict, List.of("sku"), Map.of(), List.of(), List.of("A", "B")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.DUPLICATE_KEY);
                    assertThat(e.location().row()).isEqualTo(4);
                    assertThat(e.location().column()).isEqualTo("sku");
                    assertThat(e.userMessage()).startsWith("products.csv, row 4, column \"sku\": Product \"A\" has two rows")
                            .contains("rows 2 and 4", "brand: \"Acme\" and \"Zed\"", "Keep one row per product");
                });
    }

    @Test
    void aMissingKeyColumnOrNoMatchingProductIsExplained() throws Exception {
        RawTable t = table("code,category\n1,Toys\n2,Books\n");
        assertThatThrownBy(() -> AttributeJoin.join(t, List.of("sku"), Map.of(), List.of(), List.of("A-1", "B-2")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.BAD_MAPPING);
                    assertThat(e.userMessage()).contains("no column \"sku\" to match the series", "Its columns are: code, category");
                });
        assertThatThrownBy(() -> AttributeJoin.join(t, List.of("sku"), Map.of("sku", "code"), List.of(), List.of("A-1", "B-2")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_MATCH);
                    assertThat(e.location().column()).isEqualTo("code");
                    assertThat(e.userMessage()).contains("None of the 2 products matches", "\"A-1\", \"B-2\"", "\"1\", \"2\"");
                });
        assertThatThrownBy(() -> AttributeJoin.join(t, List.of("sku"), Map.of("sku", "nope"), List.of(), List.of("A-1")))
                .hasMessageContaining("no key column \"nope\"");
        assertThatThrownBy(() -> AttributeJoin.join(t, List.of(), Map.of(), List.of(), List.of("total")))
                .hasMessageContaining("one single series");
    }
}
