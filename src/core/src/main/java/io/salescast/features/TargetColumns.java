package io.salescast.features;

import io.salescast.series.Frequency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Columns computed from the lagged target: lags, rolling statistics, expanding and EWM means, differences. */
final class TargetColumns {

    private TargetColumns() {
    }

    static List<Column> create(FeatureSpec spec, Frequency f) {
        List<Column> out = new ArrayList<>();
        for (int lag : new java.util.TreeSet<>(spec.lags())) {
            out.add(Column.of(new FeatureInfo("lag_" + lag, "sales " + ago(lag, f), FeatureFamily.RECENT_SALES),
                    (s, t) -> s.y(t - lag)));
        }
        for (FeatureSpec.RollingFeature r : spec.rolling()) {
            out.add(Column.of(new FeatureInfo(r.name(), rollingLabel(r, f), FeatureFamily.RECENT_SALES), rolling(r)));
        }
        if (spec.expandingMean()) {
            out.add(Column.of(new FeatureInfo("expanding_mean_lag_1", "average sales over all history",
                    FeatureFamily.RECENT_SALES), (s, t) -> s.expandingMean(t)));
        }
        for (int k = 0; k < spec.ewmAlphas().size(); k++) {
            double alpha = spec.ewmAlphas().get(k);
            int idx = k;
            out.add(Column.of(new FeatureInfo(ewmName(alpha, 1), "smoothed recent sales (weight " + fmt(alpha) + ")",
                    FeatureFamily.RECENT_SALES), (s, t) -> s.ewm(idx, t)));
        }
        for (FeatureSpec.DiffFeature d : spec.differences()) {
            String label = "change in sales over " + span(d.period(), f) + " up to " + ago(d.lag(), f);
            out.add(Column.of(new FeatureInfo(d.name(), label, FeatureFamily.TREND),
                    (s, t) -> s.y(t - d.lag()) - s.y(t - d.lag() - d.period())));
        }
        return out;
    }

    /** Lagged variants used by the direct strategy: EWM / expanding mean read history up to {@code t - lag}. */
    static List<Column> createShifted(FeatureSpec spec, Frequency f, int minLag) {
        List<Column> out = new ArrayList<>();
        for (Column c : create(spec.withLags(List.of()).withRolling(List.of()).withDifferences(List.of()), f)) {
            String name = c.info().name().replace("_lag_1", "_lag_" + minLag);
            FeatureInfo info = new FeatureInfo(name, c.info().label() + " up to " + ago(minLag, f), c.info().family());
            out.add(Column.of(info, (s, t) -> c.value(s, t - minLag + 1)));
        }
        return out;
    }

    static String ewmName(double alpha, int lag) {
        return "ewm_" + fmt(alpha) + "_lag_" + lag;
    }

    private static Column.ValueFn rolling(FeatureSpec.RollingFeature r) {
        int w = r.window();
        int lag = r.lag();
        return switch (r.stat()) {
            case MEAN -> (s, t) -> {
                double sum = 0;
                int n = 0;
                for (int i = Math.max(0, t - lag - w + 1); i <= t - lag; i++) {
                    double v = s.y(i);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                return n == 0 ? Double.NaN : sum / n;
            };
            case STD -> (s, t) -> {
                double sum = 0;
                double sq = 0;
                int n = 0;
                for (int i = Math.max(0, t - lag - w + 1); i <= t - lag; i++) {
                    double v = s.y(i);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        sq += v * v;
                        n++;
                    }
                }
                if (n < 2) {
                    return Double.NaN;
                }
                double mean = sum / n;
                return Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
            };
            case MIN, MAX -> {
                boolean max = r.stat() == FeatureSpec.RollingFeature.Stat.MAX;
                yield (s, t) -> {
                    double best = Double.NaN;
                    for (int i = Math.max(0, t - lag - w + 1); i <= t - lag; i++) {
                        double v = s.y(i);
                        if (!Double.isNaN(v) && (Double.isNaN(best) || (max ? v > best : v < best))) {
                            best = v;
                        }
                    }
                    return best;
                };
            }
        };
    }

    private static String rollingLabel(FeatureSpec.RollingFeature r, Frequency f) {
        String stat = switch (r.stat()) {
            case MEAN -> "average sales";
            case STD -> "variability of sales";
            case MIN -> "lowest sales";
            case MAX -> "highest sales";
        };
        return stat + " over the " + span(r.window(), f) + " ending " + ago(r.lag(), f);
    }

    /** "7 days ago", "1 week ago". */
    static String ago(int n, Frequency f) {
        return span(n, f) + " ago";
    }

    /** "7 days", "1 week". */
    static String span(int n, Frequency f) {
        String unit = switch (f) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
