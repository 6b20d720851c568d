package io.salescast.features;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Known-future covariates (price, discount, promotion...) at the period itself, derived price
 * features (price relative to the series' usual price over the previous periods, change since the
 * previous period) and the age of the series since its first sale.
 */
final class CovariateColumns {

    private CovariateColumns() {
    }

    /** Whether a covariate is a price, carried forward when its future is unknown. */
    static boolean isPriceLike(String name) {
        return name.toLowerCase(Locale.ROOT).contains("price");
    }

    static FeatureFamily family(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("price")) {
            return FeatureFamily.PRICE;
        }
        if (n.contains("promo") || n.contains("discount") || n.contains("coupon") || n.contains("campaign")) {
            return FeatureFamily.PROMOTION;
        }
        return FeatureFamily.OTHER;
    }

    static List<Column> create(FeatureSpec spec, SalesPanel panel) {
        List<Column> out = new ArrayList<>();
        for (String c : spec.covariates()) {
            int idx = panel.covariateIndex(c);
            if (idx < 0) {
                continue;
            }
            out.add(Column.of(new FeatureInfo(EventCalendar.slug(c), label(c), family(c)), (s, t) -> s.cov[idx][t]));
        }
        int price = priceIndex(panel);
        if (spec.priceFeatures() && price >= 0) {
            int window = usualPriceWindow(panel.frequency());
            out.add(Column.of(new FeatureInfo("price_rel", "price relative to the usual price (previous "
                    + TargetColumns.span(window, panel.frequency()) + ")", FeatureFamily.PRICE),
                    (s, t) -> relativePrice(s.cov[price], t, window)));
            out.add(Column.of(new FeatureInfo("price_change", "price change since the previous "
                    + TargetColumns.span(1, panel.frequency()).substring(2), FeatureFamily.PRICE),
                    (s, t) -> t < 1 ? Double.NaN : s.cov[price][t] / s.cov[price][t - 1] - 1));
        }
        if (spec.ageSinceLaunch()) {
            out.add(Column.of(new FeatureInfo("age", "periods since the first sale", FeatureFamily.TREND), (s, t) -> {
                int first = s.firstPositiveBefore(t);
                return first < 0 ? 0 : t - first;
            }));
        }
        return out;
    }

    private static int priceIndex(SalesPanel panel) {
        int idx = panel.covariateIndex("price");
        if (idx >= 0) {
            return idx;
        }
        for (int i = 0; i < panel.covariateNames().size(); i++) {
            if (isPriceLike(panel.covariateNames().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int usualPriceWindow(Frequency f) {
        return switch (f) {
            case DAILY -> 28;
            case WEEKLY -> 8;
            case MONTHLY -> 3;
        };
    }

    private static double relativePrice(double[] price, int t, int window) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, t - window); i < t; i++) {
            if (!Double.isNaN(price[i])) {
                sum += price[i];
                n++;
            }
        }
        return n == 0 || sum == 0 ? Double.NaN : price[t] / (sum / n);
    }

    private static String label(String covariate) {
        String n = covariate.toLowerCase(Locale.ROOT);
        if (n.equals("promo") || n.equals("promotion")) {
            return "promotion active";
        }
        if (n.equals("discount")) {
            return "discount";
        }
        if (n.equals("price")) {
            return "price";
        }
        if (n.equals("stockout")) {
            return "out of stock";
        }
        return covariate.replace('_', ' ');
    }
}
