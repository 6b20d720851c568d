package io.salescast.explain;

import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureCatalogTest {

    private static final FeatureCatalog DAILY = FeatureCatalog.derived(Frequency.DAILY);

    private static void expect(FeatureCatalog c, String name, String label, Family family) {
        FeatureLabel l = c.label(name);
        assertThat(l.label()).as(name).isEqualTo(label);
        assertThat(l.family()).as(name).isEqualTo(family);
    }

    @Test
    void predictableNamesBecomeReadableLabelsAndFamilies() {
        expect(DAILY, "lag_7", "sales 7 days ago", Family.RECENT_SALES);
        expect(DAILY, "lag_1", "sales 1 day ago", Family.RECENT_SALES);
        expect(DAILY, "lag_364", "sales 364 days ago", Family.SEASONALITY);
        expect(DAILY, "rolling_mean_28_lag_7", "average sales over 28 days, up to 7 days ago", Family.RECENT_SALES);
        expect(DAILY, "rolling_std_7_lag_1", "sales variability (std. dev.) over 7 days", Family.RECENT_SALES);
        expect(DAILY, "dow", "day of week", Family.SEASONALITY);
        expect(DAILY, "month", "month", Family.SEASONALITY);
        expect(DAILY, "weekend", "weekend", Family.SEASONALITY);
        expect(DAILY, "promo", "promotion active", Family.PROMOTION);
        expect(DAILY, "price_rel", "price relative to usual price", Family.PRICE);
        expect(DAILY, "price_change", "price change vs. previous period", Family.PRICE);
        expect(DAILY, "festival_diwali", "diwali", Family.EVENTS);
        expect(DAILY, "near_event", "near a festival or event", Family.EVENTS);
        expect(DAILY, "attr_category", "product category", Family.PRODUCT);
        expect(DAILY, "attr_list_price", "product list price", Family.PRODUCT);
        expect(DAILY, "age_since_launch", "days since launch", Family.TREND);
        expect(DAILY, "temperature_max", "temperature max", Family.OTHER);
    }

    @Test
    void periodWordsFollowTheFrequency() {
        FeatureCatalog weekly = FeatureCatalog.derived(Frequency.WEEKLY);
        expect(weekly, "lag_1", "sales 1 week ago", Family.RECENT_SALES);
        expect(weekly, "lag_52", "sales 52 weeks ago", Family.SEASONALITY);
        expect(FeatureCatalog.derived(Frequency.MONTHLY), "lag_12", "sales 12 months ago", Family.SEASONALITY);
    }

    @Test
    void explicitLabelsWin() {
        FeatureCatalog c = FeatureCatalog.of(Frequency.DAILY,
                List.of(new FeatureLabel("cov_x", "rain expected", Family.OTHER)))
                .with(new FeatureLabel("lag_7", "same weekday last week", Family.SEASONALITY));
        expect(c, "cov_x", "rain expected", Family.OTHER);
        expect(c, "lag_7", "same weekday last week", Family.SEASONALITY);
        expect(c, "lag_1", "sales 1 day ago", Family.RECENT_SALES);
    }

    @Test
    void familyCodesAndLabels() {
        assertThat(Family.RECENT_SALES.code()).isEqualTo("recent_sales");
        assertThat(Family.parse("promo")).isEqualTo(Family.PROMOTION);
        assertThat(Family.parse("SEASONALITY")).isEqualTo(Family.SEASONALITY);
        assertThat(Family.parse("whatever")).isEqualTo(Family.OTHER);
    }
}
