package io.salescast.sample;

import io.salescast.core.SalescastException;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shape, determinism and row-level consistency of the generated store. */
class SampleStoreTest {

    private static final SampleData SAMPLE = SampleStore.generate(SampleOptions.sample());

    @Test
    void sameSeedGivesTheSameStoreAndAnotherSeedAnother() {
        SampleData a = SampleStore.generate(SampleOptions.tiny());
        SampleData b = SampleStore.generate(SampleOptions.tiny());
        SampleData c = SampleStore.generate(SampleOptions.tiny().withSeed(7));
        assertThat(a.panel().series()).isEqualTo(b.panel().series());
        assertThat(a.attributes()).isEqualTo(b.attributes());
        assertThat(a.truth()).isEqualTo(b.truth());
        assertThat(c.panel().series()).isNotEqualTo(a.panel().series());
    }

    @Test
    void theSampleHasTheDocumentedShape() {
        SalesPanel panel = SAMPLE.panel();
        SampleTruth truth = SAMPLE.truth();
        assertThat(panel.size()).isEqualTo(200);
        assertThat(panel.covariateNames()).containsExactly("price", "discount", "promo", "stockout");
        assertThat(panel.firstDate()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(panel.lastDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        Set<String> categories = new HashSet<>();
        Set<String> brands = new HashSet<>();
        panel.ids().forEach(id -> {
            categories.add(panel.attributes().get(id, SampleColumns.CATEGORY));
            brands.add(panel.attributes().get(id, SampleColumns.BRAND));
        });
        assertThat(categories).hasSize(8).contains("Electronics", "Home & Kitchen", "Grocery", "Books");
        assertThat(brands).hasSize(12);
        long launched = truth.products().stream().filter(p -> p.launchDate().isAfter(truth.start())).count();
        long intermittent = truth.products().stream().filter(ProductTruth::intermittent).count();
        long discontinued = truth.products().stream().filter(p -> p.discontinuedDate() != null).count();
        assertThat(launched).isBetween(16L, 36L);
        assertThat(intermittent).isBetween(20L, 40L);
        assertThat(discontinued).isBetween(2L, 16L);
    }

    @Test
    void seriesSpanFromLaunchToDiscontinuation() {
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            assertThat(s.start()).isEqualTo(p.firstSalesDay(SAMPLE.truth().start()));
            assertThat(s.end(SAMPLE.panel().frequency())).isEqualTo(p.lastSalesDay(SAMPLE.truth().end()));
            if (p.discontinuedDate() != null) {
                assertThat(s.end(SAMPLE.panel().frequency())).isEqualTo(p.discontinuedDate().minusDays(1));
            }
        }
    }

    @Test
    void rowsCarryThePlantedPricesPromotionsAndStockOuts() {
        long stockOutDays = 0;
        long promoDays = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            for (int t = 0; t < s.length(); t++) {
                LocalDate d = s.start().plusDays(t);
                Promotion promo = p.promotionOn(d);
                double price = s.covariates()[0][t];
                assertThat(price).isEqualTo(p.regularPrice(d));
                assertThat(Math.round(price * 100) % 100).isEqualTo(99);
                assertThat(s.covariates()[1][t]).isEqualTo(promo == null ? 0.0 : promo.discount());
                assertThat(s.covariates()[2][t]).isEqualTo(promo == null ? 0.0 : 1.0);
                boolean out = p.outOfStock(d);
                assertThat(s.covariates()[3][t]).isEqualTo(out ? 1.0 : 0.0);
                if (out) {
                    assertThat(s.y()[t]).isZero();
                    stockOutDays++;
                }
                promoDays += promo == null ? 0 : 1;
            }
        }
        assertThat(stockOutDays).isGreaterThan(500);
        assertThat(promoDays).isGreaterThan(10_000);
    }

    @Test
    void observedUnitsAverageToThePlantedExpectation() {
        double observed = 0;
        double expected = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            for (int t = 0; t < s.length(); t++) {
                if (s.covariates()[3][t] == 0) {
                    observed += s.y()[t];
                    expected += DemandModel.expectedUnits(p, s.start().plusDays(t), SAMPLE.truth().start());
                }
            }
        }
        assertThat(observed / expected).isBetween(0.97, 1.03);
    }

    @Test
    void typicalVolumesAreModerateAndTheLongTailIsMostlyZeros() {
        int moderate = 0;
        double zeroShareTail = 0;
        int tail = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            double mean = java.util.Arrays.stream(s.y()).average().orElse(0);
            long zeros = java.util.Arrays.stream(s.y()).filter(v -> v == 0).count();
            if (p.intermittent()) {
                tail++;
                zeroShareTail += (double) zeros / s.length();
            } else if (mean >= 1 && mean <= 40) {
                moderate++;
            }
        }
        assertThat(moderate).isGreaterThan(150);
        assertThat(zeroShareTail / tail).isGreaterThan(0.6);
    }

    @Test
    void tinyPresetCoversEveryCategoryInOneYear() {
        SampleData tiny = SampleStore.generate(SampleOptions.tiny());
        assertThat(tiny.panel().size()).isEqualTo(20);
        assertThat(tiny.panel().firstDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(tiny.panel().lastDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(tiny.truth().products().stream().map(ProductTruth::category).distinct()).hasSize(8);
        assertThat(tiny.attributes().names()).containsExactlyElementsOf(SampleColumns.ATTRIBUTES);
        String id = tiny.panel().ids().get(0);
        assertThat(tiny.attributes().get(id, SampleColumns.NAME)).isNotBlank();
    }

    @Test
    void badOptionsAreUserErrors() {
        assertThatThrownBy(() -> SampleOptions.tiny().withProducts(0)).isInstanceOf(SalescastException.class);
        assertThatThrownBy(() -> SampleOptions.tiny().withYears(0)).isInstanceOf(SalescastException.class);
        assertThatThrownBy(() -> SampleOptions.tiny().withRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)))
                .isInstanceOf(SalescastException.class).hasMessageContaining("10 days");
    }

    @Test
    void shortRangesAndSmallCataloguesStillWork() {
        SampleOptions o = SampleOptions.tiny().withProducts(3).withRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 15));
        SampleData d = SampleStore.generate(o);
        assertThat(d.panel().size()).isEqualTo(3);
        assertThat(d.panel().rowCount()).isEqualTo(3L * 44);
    }
}
