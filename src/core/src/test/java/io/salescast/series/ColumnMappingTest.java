package io.salescast.series;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescast.ingest.Importer;
import io.salescast.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {

    @Test
    void roundTripsThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ColumnMapping m = new ColumnMapping("date", "units", List.of("store", "sku"), List.of("price", "promo"),
                List.of("category"), List.of("comment"));
        String text = json.writeValueAsString(m);
        assertThat(text).contains("\"seriesKeys\":[\"store\",\"sku\"]");
        assertThat(json.readValue(text, ColumnMapping.class)).isEqualTo(m);
        ColumnMapping partial = json.readValue("{\"target\":\"units\"}", ColumnMapping.class);
        assertThat(partial.seriesKeys()).isEmpty();
        assertThat(partial.date()).isNull();
    }

    @Test
    void aColumnHasOneRole() {
        assertThatThrownBy(() -> new ColumnMapping("date", "units", List.of("units"), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestsAMappingFromNamesAndTypes() throws URISyntaxException {
        Path f = Path.of(ColumnMappingTest.class.getResource("/ingest/daily-serial.xlsx").toURI());
        ColumnMapping m = MappingSuggestion.suggest(Importer.read(f, ReadOptions.defaults()).table()).orElseThrow();
        assertThat(m.date()).isEqualTo("Date");
        assertThat(m.target()).isEqualTo("Units");
        assertThat(m.seriesKeys()).containsExactly("SKU");
        assertThat(m.covariates()).containsExactly("Price", "Promo");
        assertThat(m.ignored()).containsExactly("Revenue");
        Path wide = Path.of(ColumnMappingTest.class.getResource("/ingest/weekly-wide.csv").toURI());
        ColumnMapping w = MappingSuggestion.suggest(Importer.read(wide, ReadOptions.defaults()).table()).orElseThrow();
        assertThat(w.date()).isEqualTo(Columns.DS);
        assertThat(w.seriesKeys()).containsExactly("sku");
        assertThat(w.staticAttributes()).containsExactly("name");
    }

    @Test
    void defaultAggregationsAndFills() {
        PanelOptions o = PanelOptions.defaults();
        assertThat(o.aggregation("units", io.salescast.ingest.ColumnType.INTEGER, true)).isEqualTo(Aggregation.SUM);
        assertThat(o.aggregation("unit_price", io.salescast.ingest.ColumnType.DECIMAL, false)).isEqualTo(Aggregation.MEAN);
        assertThat(o.aggregation("promo", io.salescast.ingest.ColumnType.BOOLEAN, false)).isEqualTo(Aggregation.MAX);
        assertThat(o.aggregation("revenue", io.salescast.ingest.ColumnType.DECIMAL, false)).isEqualTo(Aggregation.SUM);
        assertThat(o.fill("price", Aggregation.MEAN, false)).isEqualTo(FillRule.FORWARD);
        assertThat(o.fill("units", Aggregation.SUM, true)).isEqualTo(FillRule.ZERO);
        assertThat(o.withFill("units", FillRule.MISSING).fill("units", Aggregation.SUM, true)).isEqualTo(FillRule.MISSING);
    }

    @Test
    void writtenNumbersHaveNoFloatingPointNoise() {
        assertThat(LongFormatWriter.format((6.99 + 6.99 + 6.99) / 3)).isEqualTo("6.99");
        assertThat(LongFormatWriter.format(1200)).isEqualTo("1200");
        assertThat(LongFormatWriter.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(LongFormatWriter.format(2.0 / 3)).isEqualTo("0.666666666667");
        assertThat(LongFormatWriter.format(Double.NaN)).isEmpty();
        assertThat(LongFormatWriter.format(-12.5)).isEqualTo("-12.5");
    }
}
