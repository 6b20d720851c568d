package io.salescast.features;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes and labels of the families are part of the file formats: explanation CSV files carry
 * the codes, the Excel report, the CLI and the workbench show the labels. These tests pin them.
 */
class FeatureFamilyTest {

    @Test
    void codesAndLabelsAreStableInReadingOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("recent_sales", "Recent sales level");
        expected.put("trend", "Trend");
        expected.put("seasonality", "Seasonality and calendar");
        expected.put("events", "Festivals and events");
        expected.put("price", "Price");
        expected.put("promotion", "Promotion");
        expected.put("product", "Product attributes");
        expected.put("other", "Other");
        Map<String, String> actual = Arrays.stream(FeatureFamily.values())
                .collect(Collectors.toMap(FeatureFamily::code, FeatureFamily::label, (a, b) -> a, LinkedHashMap::new));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void codesAreLowerCaseConstantNames() {
        for (FeatureFamily f : FeatureFamily.values()) {
            assertThat(f.code()).isEqualTo(f.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void parseReadsCodesNamesAndLabelsOfEveryFamily() {
        for (FeatureFamily f : FeatureFamily.values()) {
            assertThat(FeatureFamily.parse(f.code())).isEqualTo(f);
            assertThat(FeatureFamily.parse(f.name())).isEqualTo(f);
            assertThat(FeatureFamily.parse(f.label())).isEqualTo(f);
            assertThat(FeatureFamily.parse("  " + f.code().toUpperCase(Locale.ROOT) + " ")).isEqualTo(f);
        }
    }

    @Test
    void parseReadsTheFormerFeatureFamilyNames() {
        assertThat(FeatureFamily.parse("LAGS")).isEqualTo(FeatureFamily.RECENT_SALES);
        assertThat(FeatureFamily.parse("SEASONALITY_CALENDAR")).isEqualTo(FeatureFamily.SEASONALITY);
        assertThat(FeatureFamily.parse("ATTRIBUTES")).isEqualTo(FeatureFamily.PRODUCT);
        assertThat(FeatureFamily.parse("lags")).isEqualTo(FeatureFamily.RECENT_SALES);
        assertThat(FeatureFamily.parse("seasonality calendar")).isEqualTo(FeatureFamily.SEASONALITY);
    }

    @Test
    void parseGivesOtherForUnknownOrMissingText() {
        assertThat(FeatureFamily.parse(null)).isEqualTo(FeatureFamily.OTHER);
        assertThat(FeatureFamily.parse("")).isEqualTo(FeatureFamily.OTHER);
        assertThat(FeatureFamily.parse("weather")).isEqualTo(FeatureFamily.OTHER);
    }

    @Test
    void theBuilderTagsEachKindOfColumnWithItsFamily() {
        int n = 60;
        double[] y = new double[n];
        double[] price = new double[n];
        double[] promo = new double[n];
        double[] rain = new double[n];
        Arrays.fill(y, 5);
        Arrays.fill(price, 10);
        SalesSeries s = new SalesSeries("A", LocalDate.of(2024, 1, 1), y, new double[][] {price, promo, rain});
        SalesPanel p = new SalesPanel(Frequency.DAILY, List.of("price", "promo", "rain"), List.of(s),
                new StaticAttributes(List.of("category"), Map.of("A", new String[] {"Toys"})));
        FeatureSpec spec = FeatureSpec.defaults(Frequency.DAILY).withCovariates(List.of("price", "promo", "rain"))
                .withAttributes(List.of("category"));
        Map<String, FeatureFamily> families = FeatureBuilder.create(spec, p, 7).features().stream()
                .collect(Collectors.toMap(FeatureInfo::name, FeatureInfo::family));
        assertThat(families).containsEntry("lag_1", FeatureFamily.RECENT_SALES);
        assertThat(families).containsEntry("rolling_mean_28_lag_1", FeatureFamily.RECENT_SALES);
        assertThat(families).containsEntry("diff_7_lag_1", FeatureFamily.TREND);
        assertThat(families).containsEntry("age", FeatureFamily.TREND);
        assertThat(families).containsEntry("dow", FeatureFamily.SEASONALITY);
        assertThat(families).containsEntry("event_christmas_before", FeatureFamily.EVENTS);
        assertThat(families).containsEntry("price", FeatureFamily.PRICE);
        assertThat(families).containsEntry("promo", FeatureFamily.PROMOTION);
        assertThat(families).containsEntry("rain", FeatureFamily.OTHER);
        assertThat(families).containsEntry("attr_category_toys", FeatureFamily.PRODUCT);
    }
}
