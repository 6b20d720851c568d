package io.salescast.explain;

import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureCatalogTest {

    private static final FeatureCatalog DAILY = FeatureCatalog.derived(Frequency.DAILY);

    private static void expect(FeatureCatalog c, String name, String label, FeatureFamily family) {
        FeatureLabel l = c.label(name);
        assertThat(l.label()).as(name).isEqualTo(label);
        assertThat(l.family()).as(name).isEqualTo(family);
    }

    @Test
    void predictableNamesBecomeReadableLabelsAndFamilies() {
        expect(DAILY, "lag_7", "sales 7 days ago", FeatureFamily.RECENT_SALES);
        expect(DAILY, "lag_1", "sales 1 day ago", FeatureFamily.RECENT_SALES);
        expect(DAILY, "lag_364", "sales 364 days ago", FeatureFamily.SEASONALITY);
        expect(DAILY, "rolling_mean_28_lag_7", "average sales over 28 days, up to 7 days ago", FeatureFamily.RECENT_SALES);
        expect(DAILY, "rolling_std_7_lag_1", "sales variability (std. dev.) over 7 days", FeatureFamily.RECENT_SALES);
        expect(DAILY, "dow", "day of week", FeatureFamily.SEASONALITY);
        expect(DAILY, "month", "month", FeatureFamily.SEASONALITY);
        expect(DAILY, "weekend", "weekend", FeatureFamily.SEASONALITY);
        expect(DAILY, "promo", "promotion active", FeatureFamily.PROMOTION);
        expect(DAILY, "price_rel", "price relative to usual price", FeatureFamily.PRICE);
        expect(DAILY, "price_change", "price change vs. previous period", FeatureFamily.PRICE);
        expect(DAILY, "festival_diwali", "diwali", FeatureFamily.EVENTS);
        expect(DAILY, "near_event", "near a festival or event", FeatureFamily.EVENTS);
        expect(DAILY, "attr_category", "product category", FeatureFamily.PRODUCT);
        expect(DAILY, "attr_list_price", "product list price", FeatureFamily.PRODUCT);
        expect(DAILY, "age_since_launch", "days since launch", FeatureFamily.TREND);
        expect(DAILY, "temperature_max", "temperature max", FeatureFamily.OTHER);
    }

    @Test
    void periodWordsFollowTheFrequency() {
        FeatureCatalog weekly = FeatureCatalog.derived(Frequency.WEEKLY);
        expect(weekly, "lag_1", "sales 1 week ago", FeatureFamily.RECENT_SALES);
        expect(weekly, "lag_52", "sales 52 weeks ago", FeatureFamily.SEASONALITY);
        expect(FeatureCatalog.derived(Frequency.MONTHLY), "lag_12", "sales 12 months ago", FeatureFamily.SEASONALITY);
    }

    @Test
    void explicitLabelsWin() {
        FeatureCatalog c = FeatureCatalog.of(Frequency.DAILY,
                List.of(new FeatureLabel("cov_x", "rain expected", FeatureFamily.OTHER)))
                .with(new FeatureLabel("lag_7", "same weekday last week", FeatureFamily.SEASONALITY));
        expect(c, "cov_x", "rain expected", FeatureFamily.OTHER);
        expect(c, "lag_7", "same weekday last week", FeatureFamily.SEASONALITY);
        expect(c, "lag_1", "sales 1 day ago", FeatureFamily.RECENT_SALES);
    }

    @Test
    void familyCodesAndLabels() {
        assertThat(FeatureFamily.RECENT_SALES.code()).isEqualTo("recent_sales");
        assertThat(FeatureFamily.parse("promo")).isEqualTo(FeatureFamily.PROMOTION);
        assertThat(FeatureFamily.parse("SEASONALITY")).isEqualTo(FeatureFamily.SEASONALITY);
        assertThat(FeatureFamily.parse("whatever")).isEqualTo(FeatureFamily.OTHER);
    }
}
