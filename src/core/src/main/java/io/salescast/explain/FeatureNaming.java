package io.salescast.explain;

import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands Salescast's predictable feature names and turns them into readable labels and
 * business families ("lag_7" becomes "sales 7 days ago", family recent sales). Unknown names
 * become their words with underscores as spaces, in family {@link FeatureFamily#OTHER}.
 */
final class FeatureNaming {

    private static final Pattern LAG = Pattern.compile("(?:y_)?lag_?(\\d+)");
    private static final Pattern ROLLING = Pattern.compile("rolling_(mean|std|min|max|median|sum)_(\\d+)(?:_lag_?(\\d+))?");
    private static final Pattern EWM = Pattern.compile("ewm(?:a)?_(\\d+(?:\\.\\d+)?)(?:_lag_?(\\d+))?");
    private static final Pattern FOURIER = Pattern.compile("(sin|cos)_(\\d+)_(\\d+)");

    private static final Pattern LAG_SUFFIX = Pattern.compile("(?:^|_)lag_?(\\d+)$");

    private final Frequency frequency;

    FeatureNaming(Frequency frequency) {
        this.frequency = frequency == null ? Frequency.DAILY : frequency;
    }

    /**
     * How many periods back the most recent sales value a feature reads is ({@code lag_7}: 7,
     * {@code rolling_mean_28_lag_7}: 7), or 0 when the feature does not read past sales.
     */
    static int lag(String name) {
        Matcher m = LAG_SUFFIX.matcher(name.trim().toLowerCase(Locale.ROOT));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    FeatureLabel describe(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        FeatureLabel l = salesHistory(name, n);
        if (l == null) {
            l = calendar(name, n);
        }
        if (l == null) {
            l = byKeyword(name, n);
        }
        return l != null ? l : new FeatureLabel(name, words(name), FeatureFamily.OTHER);
    }

    private FeatureLabel salesHistory(String name, String n) {
        Matcher m = LAG.matcher(n);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            FeatureFamily f = isYearly(k) ? FeatureFamily.SEASONALITY : FeatureFamily.RECENT_SALES;
            return new FeatureLabel(name, "sales " + periods(k) + " ago", f);
        }
        m = ROLLING.matcher(n);
        if (m.matches()) {
            int w = Integer.parseInt(m.group(2));
            int k = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            String stat = switch (m.group(1)) {
                case "mean" -> "average sales";
                case "std" -> "sales variability (std. dev.)";
                case "min" -> "lowest sales";
                case "max" -> "highest sales";
                case "median" -> "median sales";
                default -> "total sales";
            };
            String end = k <= 1 ? "" : ", up to " + periods(k) + " ago";
            return new FeatureLabel(name, stat + " over " + periods(w) + end, FeatureFamily.RECENT_SALES);
        }
        m = EWM.matcher(n);
        if (m.matches()) {
            return new FeatureLabel(name, "smoothed recent sales (" + m.group(1) + ")", FeatureFamily.RECENT_SALES);
        }
        return null;
    }

    private FeatureLabel calendar(String name, String n) {
        String label = switch (n) {
            case "dow", "day_of_week", "weekday" -> "day of week";
            case "dom", "day_of_month" -> "day of month";
            case "doy", "day_of_year" -> "day of year";
            case "woy", "week_of_year", "week" -> "week of year";
            case "month", "month_of_year" -> "month";
            case "quarter" -> "quarter";
            case "year" -> "year";
            case "weekend", "is_weekend" -> "weekend";
            case "month_start", "is_month_start" -> "start of month";
            case "month_end", "is_month_end" -> "end of month";
            case "payday" -> "payday";
            default -> null;
        };
        if (label != null) {
            return new FeatureLabel(name, label, FeatureFamily.SEASONALITY);
        }
        Matcher m = FOURIER.matcher(n);
        if (m.matches()) {
            return new FeatureLabel(name, "seasonal wave (period " + m.group(2) + ", " + m.group(1) + " " + m.group(3) + ")",
                    FeatureFamily.SEASONALITY);
        }
        if (n.startsWith("dow_") || n.startsWith("month_") || n.startsWith("season")) {
            return new FeatureLabel(name, words(name), FeatureFamily.SEASONALITY);
        }
        return null;
    }

    private FeatureLabel byKeyword(String name, String n) {
        if (n.startsWith("attr_") || n.startsWith("static_")) {
            return new FeatureLabel(name, "product " + words(name.substring(name.indexOf('_') + 1)),
                    FeatureFamily.PRODUCT);
        }
        if (n.equals("category") || n.equals("brand") || n.startsWith("category_") || n.startsWith("brand_")
                || n.equals("series_id") || n.equals("unique_id") || n.startsWith("sku_")) {
            return new FeatureLabel(name, "product " + words(name), FeatureFamily.PRODUCT);
        }
        if (n.equals("trend") || n.equals("t") || n.equals("time_index") || n.startsWith("age")
                || n.contains("since_launch") || n.startsWith("trend_") || n.startsWith("growth")) {
            return new FeatureLabel(name, trendLabel(n, name), FeatureFamily.TREND);
        }
        if (n.startsWith("promo") || n.contains("promotion") || n.startsWith("campaign") || n.startsWith("on_promo")) {
            return new FeatureLabel(name, promoLabel(n, name), FeatureFamily.PROMOTION);
        }
        if (n.contains("price") || n.startsWith("discount")) {
            return new FeatureLabel(name, priceLabel(n, name), FeatureFamily.PRICE);
        }
        if (n.startsWith("festival") || n.startsWith("holiday") || n.startsWith("event") || n.contains("near_event")
                || n.startsWith("days_to_") || n.startsWith("days_since_") || n.startsWith("custom_event")) {
            return new FeatureLabel(name, eventLabel(n, name), FeatureFamily.EVENTS);
        }
        return null;
    }

    private String trendLabel(String n, String name) {
        if (n.startsWith("age") || n.contains("since_launch")) {
            return frequency == Frequency.DAILY ? "days since launch" : periodWord(2) + " since launch";
        }
        return n.equals("trend") || n.equals("t") || n.equals("time_index") ? "time trend" : words(name);
    }

    private static String promoLabel(String n, String name) {
        return switch (n) {
            case "promo", "promotion", "on_promo", "is_promo", "promo_flag" -> "promotion active";
            default -> words(name);
        };
    }

    private static String priceLabel(String n, String name) {
        return switch (n) {
            case "price" -> "price";
            case "price_rel", "rel_price", "price_relative" -> "price relative to usual price";
            case "price_change", "price_chg", "price_diff" -> "price change vs. previous period";
            case "log_price" -> "price (log)";
            case "discount", "discount_pct" -> "discount";
            default -> words(name);
        };
    }

    private static String eventLabel(String n, String name) {
        if (n.equals("near_event") || n.equals("event_near")) {
            return "near a festival or event";
        }
        for (String prefix : new String[] {"festival_", "holiday_", "event_", "custom_event_"}) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                return words(name.substring(prefix.length())) + (prefix.startsWith("holiday") ? " (holiday)" : "");
            }
        }
        return words(name);
    }

    private boolean isYearly(int k) {
        return switch (frequency) {
            case DAILY -> k >= 360 && k <= 371;
            case WEEKLY -> k == 52 || k == 53;
            case MONTHLY -> k == 12;
        };
    }

    /** "7 days", "1 week", "12 months". */
    String periods(int k) {
        return k + " " + periodWord(k);
    }

    private String periodWord(int k) {
        String w = switch (frequency) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
        };
        return k == 1 ? w : w + "s";
    }

    static String words(String name) {
        return name.replace('_', ' ').replace('-', ' ').trim();
    }
}
