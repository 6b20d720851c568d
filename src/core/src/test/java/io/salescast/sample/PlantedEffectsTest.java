package io.salescast.sample;

import io.salescast.series.SalesSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planted effects show in the data by roughly their recorded size, measured model-free:
 * promotion days against the four weeks before them, post-promotion days likewise, festival peaks
 * against the same weekday in the month before, and sales after a price change against before it.
 */
class PlantedEffectsTest {

    private static final SampleData SAMPLE = SampleStore.generate(SampleOptions.sample());
    private static final LocalDate START = SAMPLE.truth().start();

    /** A day with no promotion, dip, stock-out or festival: a clean baseline day. */
    private static boolean clean(ProductTruth p, LocalDate d) {
        return !festival(d) && p.promotionOn(d) == null && !DemandModel.inDip(p, d) && !p.outOfStock(d);
    }

    private static boolean festival(LocalDate d) {
        for (Festival f : Festival.values()) {
            if (f.isActive(d)) {
                return true;
            }
        }
        return false;
    }

    /** Mean units over the clean days of [from, to] at regular price {@code price}, or NaN. */
    private static double cleanMean(SalesSeries s, ProductTruth p, LocalDate from, LocalDate to, double price) {
        double sum = 0;
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int t = (int) (d.toEpochDay() - s.start().toEpochDay());
            if (t >= 0 && t < s.length() && clean(p, d) && p.regularPrice(d) == price) {
                sum += s.y()[t];
                n++;
            }
        }
        return n >= 10 ? sum / n : Double.NaN;
    }

    @Test
    void promotionDaysSellAboutThePlantedUpliftMore() {
        double observed = 0;
        double planted = 0;
        double baselineOnly = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            if (p.intermittent()) {
                continue;
            }
            for (Promotion promo : p.promotions()) {
                double base = cleanMean(s, p, promo.start().minusDays(28), promo.start().minusDays(1),
                        p.regularPrice(promo.start()));
                if (Double.isNaN(base)) {
                    continue;
                }
                for (LocalDate d = promo.start(); !d.isAfter(promo.end()); d = d.plusDays(1)) {
                    int t = (int) (d.toEpochDay() - s.start().toEpochDay());
                    if (t < s.length() && !festival(d) && !p.outOfStock(d)) {
                        observed += s.y()[t];
                        planted += base * promo.uplift();
                        baselineOnly += base;
                    }
                }
            }
        }
        assertThat(planted / baselineOnly).as("mean planted uplift").isGreaterThan(1.5);
        assertThat(observed / planted).as("observed over planted promotion sales").isBetween(0.9, 1.1);
    }

    @Test
    void theDayAfterAPromotionDips() {
        double observed = 0;
        double planted = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            if (p.intermittent()) {
                continue;
            }
            for (Promotion promo : p.promotions()) {
                double base = cleanMean(s, p, promo.start().minusDays(28), promo.start().minusDays(1),
                        p.regularPrice(promo.start()));
                LocalDate d = promo.end().plusDays(1);
                int t = (int) (d.toEpochDay() - s.start().toEpochDay());
                if (Double.isNaN(base) || t >= s.length() || festival(d) || p.outOfStock(d)
                        || p.regularPrice(d) != p.regularPrice(promo.start())) {
                    continue;
                }
                observed += s.y()[t];
                planted += base * (1 - p.dipDepth());
            }
        }
        assertThat(observed / planted).isBetween(0.88, 1.12);
    }

    @Test
    void festivalPeaksSpikeByThePlantedMultiplier() {
        for (Festival f : Festival.values()) {
            double observed = 0;
            double planted = 0;
            for (SalesSeries s : SAMPLE.panel().series()) {
                ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
                for (int year = 2023; year <= 2025; year++) {
                    LocalDate peak = f.peakDate(year);
                    int t = (int) (peak.toEpochDay() - s.start().toEpochDay());
                    if (p.intermittent() || t < 0 || t >= s.length() || p.promotionOn(peak) != null || p.outOfStock(peak)) {
                        continue;
                    }
                    double base = sameWeekdayMean(s, p, peak);
                    if (!Double.isNaN(base)) {
                        observed += s.y()[t];
                        planted += base * p.festivalPeak().get(f.key());
                    }
                }
            }
            assertThat(observed / planted).as(f.key()).isBetween(0.85, 1.15);
        }
    }

    private static double sameWeekdayMean(SalesSeries s, ProductTruth p, LocalDate peak) {
        double sum = 0;
        int n = 0;
        for (int w = 3; w <= 8; w++) {
            LocalDate d = peak.minusWeeks(w);
            int t = (int) (d.toEpochDay() - s.start().toEpochDay());
            if (t >= 0 && clean(p, d) && p.regularPrice(d) == p.regularPrice(peak)) {
                sum += s.y()[t] / DemandModel.yearly(p, d) * DemandModel.yearly(p, peak);
                n++;
            }
        }
        return n >= 3 ? sum / n : Double.NaN;
    }

    @Test
    void priceChangesMoveDemandByThePlantedElasticity() {
        double observed = 0;
        double planted = 0;
        int changes = 0;
        for (SalesSeries s : SAMPLE.panel().series()) {
            ProductTruth p = SAMPLE.truth().product(s.id()).orElseThrow();
            if (p.intermittent()) {
                continue;
            }
            for (PriceChange c : p.priceChanges()) {
                double old = p.regularPrice(c.date().minusDays(1));
                double before = cleanMean(s, p, c.date().minusDays(28), c.date().minusDays(1), old);
                double after = cleanMean(s, p, c.date(), c.date().plusDays(27), c.price());
                if (Double.isNaN(before) || Double.isNaN(after)) {
                    continue;
                }
                double ratio = c.price() / old;
                observed += after;
                planted += before * Math.pow(ratio, -p.elasticity());
                changes++;
            }
        }
        assertThat(changes).isGreaterThan(50);
        assertThat(observed / planted).isBetween(0.88, 1.12);
    }

    @Test
    void expectedUnitsFollowTheDocumentedFormula() {
        ProductTruth p = SAMPLE.truth().products().stream().filter(x -> !x.intermittent() && !x.promotions().isEmpty())
                .findFirst().orElseThrow();
        LocalDate d = LocalDate.of(2024, 3, 13); // an ordinary Wednesday
        double byHand = p.baseLevel() * p.weeklyProfile().get(2)
                * (1 + p.yearlyAmplitude() * Math.cos(2 * Math.PI * (d.getDayOfYear() - p.yearlyPeakDay()) / 365.25))
                * Math.exp(p.trendPerYear() * (d.toEpochDay() - START.toEpochDay()) / 365.25)
                * Math.pow(p.regularPrice(d) / p.listPrice(), -p.elasticity())
                * DemandModel.promotion(p, d) * DemandModel.ramp(p, d, START);
        assertThat(DemandModel.expectedUnits(p, d, START)).isCloseTo(byHand, org.assertj.core.data.Offset.offset(1e-9));
        Promotion promo = p.promotions().get(0);
        assertThat(DemandModel.promotion(p, promo.start())).isEqualTo(promo.uplift());
        assertThat(DemandModel.promotion(p, promo.end().plusDays(1))).isCloseTo(1 - p.dipDepth(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Festival.SINGLES_DAY_1111.baseMultiplier(LocalDate.of(2024, 11, 11))).isEqualTo(3.5);
        assertThat(Festival.BLACK_FRIDAY.peakDate(2024)).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(Festival.BLACK_FRIDAY.peakDate(2025)).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(Festival.CHRISTMAS.baseMultiplier(LocalDate.of(2024, 12, 25))).isEqualTo(0.35);
        assertThat(Festival.MID_YEAR_618.baseMultiplier(LocalDate.of(2024, 7, 1))).isEqualTo(1.0);
    }
}
