package io.salescast.series;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ReadOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each hand-made awkward input imports to the long CSV under
 * {@code ingest/golden/}. The expected files were checked by hand against the inputs (see the
 * comments on each case). Run with {@code -Dsalescast.golden.update=true} to rewrite them after
 * an intended change, then review the diff.
 */
class GoldenFileTest {

    static Stream<Arguments> cases() {
        PanelOptions daily = PanelOptions.defaults().withFrequency(Frequency.DAILY);
        return Stream.of(
                // decimal commas, semicolons, a title row, a blank row, "n/a", thousands dots, euro sign, totals row
                Arguments.of("decimal-comma-semicolon.csv", ReadOptions.defaults(),
                        new ColumnMapping("date", "units", List.of("sku"), List.of("price", "promo"), List.of(), List.of()), daily),
                // UTF-8 byte-order mark before the first header
                Arguments.of("bom.csv", ReadOptions.defaults(), ColumnMapping.of("date", "units", List.of("sku")), daily),
                // text dates in several formats in one column
                Arguments.of("text-dates.csv", ReadOptions.defaults(), ColumnMapping.of("day", "qty", List.of("product")), daily),
                // tab-separated, US month/day/year with times of day, aggregated to days
                Arguments.of("us-dates.tsv", ReadOptions.defaults(), ColumnMapping.of("order_date", "qty", List.of("sku")), daily),
                // Excel date cells, title row, formulas, #DIV/0!, totals row, booleans as 0/1
                Arguments.of("daily-serial.xlsx", ReadOptions.defaults(),
                        new ColumnMapping("Date", "Units", List.of("SKU"), List.of("Price", "Promo"), List.of(), List.of()), daily),
                // Excel serial numbers in a plain number column under a date header
                Arguments.of("daily-serial.xlsx", ReadOptions.defaults().withSheet("Serial"),
                        ColumnMapping.of("order date", "units", List.of()), PanelOptions.defaults()),
                // wide format under a merged two-row header with week dates as date cells, blank and n/a cells, totals row
                Arguments.of("merged-wide.xlsx", ReadOptions.defaults(),
                        new ColumnMapping(null, "units", List.of("SKU"), List.of(), List.of("Name"), List.of()), PanelOptions.defaults()),
                // wide format with ISO week labels and a missing week column
                Arguments.of("weekly-wide.csv", ReadOptions.defaults(), ColumnMapping.of(null, "units", List.of("sku")), PanelOptions.defaults()),
                // Excel 97-2003
                Arguments.of("legacy.xls", ReadOptions.defaults(), ColumnMapping.of("day", "qty", List.of("item")), PanelOptions.defaults()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void importsToTheExpectedLongCsv(String input, ReadOptions read, ColumnMapping mapping, PanelOptions panel) throws Exception {
        SeriesImport.Outcome out = SeriesImport.run(resource(input), read, mapping, panel, ProgressListener.NONE, CancellationToken.none());
        StringWriter w = new StringWriter();
        LongFormatWriter.write(out.shaped().panel(), w);
        String name = input.replace('.', '_') + (read.sheet() == null ? "" : "_" + read.sheet()) + ".csv";
        // the module folder is the working directory of tests
        Path expected = Path.of("src/test/resources/ingest/golden").resolve(name);
        if (Boolean.getBoolean("salescast.golden.update")) {
            Files.writeString(expected, w.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(expected)).as("golden file %s", name).isTrue();
        assertThat(w.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(GoldenFileTest.class.getResource("/ingest/" + name).toURI());
    }
}
