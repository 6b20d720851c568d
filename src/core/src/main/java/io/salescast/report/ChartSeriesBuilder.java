package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ForecastFrame.SeriesForecast;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ChartSeries} for a product or for the total of a category (sum over its
 * products) from the history panel and the forecast frame.
 */
public final class ChartSeriesBuilder {

    private final SalesPanel history;
    private final ForecastFrame forecast;
    private final String model;
    private final int level;
    private final int historyPeriods;

    /**
     * @param historyPeriods periods of history before the forecast; 0 = three horizons, at least
     *                       two seasons
     * @param level          interval level of the band, or 0 for none
     */
    public ChartSeriesBuilder(SalesPanel history, ForecastFrame forecast, String model, int level, int historyPeriods) {
        this.history = history;
        this.forecast = forecast;
        this.model = model;
        this.level = level;
        this.historyPeriods = historyPeriods;
    }

    /** The band level for given interval levels: 80 when present, else the smallest, else 0. */
    public static int bandLevel(List<Integer> levels) {
        if (levels.contains(80)) {
            return 80;
        }
        return levels.stream().min(Integer::compare).orElse(0);
    }

    /** The chart of one product. */
    public ChartSeries product(String id) {
        Optional<SalesSeries> h = history.series(id);
        Optional<SeriesForecast> f = forecast.series(id);
        return build(id, h.map(List::of).orElse(List.of()), f.map(List::of).orElse(List.of()), false);
    }

    /** Totals per value of a static attribute (category -> member ids), in first-seen order. */
    public static Map<String, List<String>> groups(SalesPanel panel, String attribute) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (attribute == null || !panel.attributes().has(attribute)) {
            return out;
        }
        for (String id : panel.ids()) {
            String v = panel.attributes().get(id, attribute);
            if (v != null && !v.isBlank()) {
                out.computeIfAbsent(v, k -> new ArrayList<>()).add(id);
            }
        }
        return out;
    }

    /** The chart of the total of several products. */
    public ChartSeries total(String title, List<String> ids) {
        List<SalesSeries> hs = new ArrayList<>();
        List<SeriesForecast> fs = new ArrayList<>();
        for (String id : ids) {
            history.series(id).ifPresent(hs::add);
            forecast.series(id).ifPresent(fs::add);
        }
        return build(title, hs, fs, true);
    }

    private ChartSeries build(String title, List<SalesSeries> hs, List<SeriesForecast> fs, boolean total) {
        Frequency freq = forecast.frequency();
        LocalDate histEnd = hs.stream().map(s -> s.end(freq)).max(LocalDate::compareTo).orElse(null);
        LocalDate fcStart = fs.stream().map(SeriesForecast::start).min(LocalDate::compareTo).orElse(null);
        LocalDate fcEnd = fs.stream().map(s -> freq.step(s.start(), s.horizon() - 1L)).max(LocalDate::compareTo).orElse(null);
        int horizon = fs.stream().mapToInt(SeriesForecast::horizon).max().orElse(0);
        int window = historyPeriods > 0 ? historyPeriods : Math.max(3 * horizon, 2 * freq.seasonLength());
        LocalDate histStart = histEnd == null ? null : freq.step(histEnd, -(window - 1L));
        LocalDate earliest = hs.stream().map(SalesSeries::start).min(LocalDate::compareTo).orElse(null);
        if (histStart != null && earliest != null && histStart.isBefore(earliest)) {
            histStart = earliest;
        }
        LocalDate first = histStart != null ? histStart : fcStart;
        LocalDate last = fcEnd != null ? fcEnd : histEnd;
        if (first == null) {
            return new ChartSeries(title, model, level, List.of(), new double[0], new double[0], new double[0], new double[0], total);
        }
        if (fcStart != null && fcStart.isBefore(first)) {
            first = fcStart;
        }
        int n = (int) freq.periodsBetween(first, last) + 1;
        List<LocalDate> dates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dates.add(freq.step(first, i));
        }
        double[] actual = nan(n);
        for (SalesSeries s : hs) {
            int offset = (int) freq.periodsBetween(first, s.start());
            for (int t = Math.max(0, -offset); t < s.length() && offset + t < n; t++) {
                actual[offset + t] = add(actual[offset + t], s.y()[t]);
            }
        }
        double[] point = nan(n);
        double[] lo = nan(n);
        double[] hi = nan(n);
        for (SeriesForecast s : fs) {
            int offset = (int) freq.periodsBetween(first, s.start());
            addInto(point, offset, s.column(model));
            if (level > 0) {
                addInto(lo, offset, s.column(ForecastFrame.lo(model, level)));
                addInto(hi, offset, s.column(ForecastFrame.hi(model, level)));
            }
        }
        return new ChartSeries(title, model, level, dates, actual, point, lo, hi, total);
    }

    private static void addInto(double[] target, int offset, double[] values) {
        if (values == null) {
            return;
        }
        for (int t = Math.max(0, -offset); t < values.length && offset + t < target.length; t++) {
            target[offset + t] = add(target[offset + t], values[t]);
        }
    }

    /** NaN-aware sum: NaN + x = x, x + NaN = x. */
    private static double add(double acc, double v) {
        if (!Double.isFinite(v)) {
            return acc;
        }
        return Double.isNaN(acc) ? v : acc + v;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
