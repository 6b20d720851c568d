package io.salescast.neural.bench;

import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One backtest origin: the history up to a cutoff, the known-future covariates of the next
 * {@code horizon} periods (price, discount and promotion as planned; stock-outs unknown, so zero),
 * the actual sales, and WAPE and seasonal-naive helpers.
 */
record Holdout(SalesPanel history, SalesPanel future, Map<String, double[]> actuals, int horizon) {

    /** Splits {@code panel} at {@code cutoff} (last history day). Series with no history or no full horizon are left out. */
    static Holdout at(SalesPanel panel, LocalDate cutoff, int horizon) {
        List<SalesSeries> hist = new ArrayList<>();
        List<SalesSeries> fut = new ArrayList<>();
        Map<String, double[]> actual = new LinkedHashMap<>();
        int stockout = panel.covariateIndex("stockout");
        for (SalesSeries s : panel.series()) {
            long n = panel.frequency().periodsBetween(s.start(), cutoff) + 1;
            if (n < 1 || n + horizon > s.length()) {
                continue;
            }
            hist.add(s.head((int) n));
            SalesSeries f = s.slice(panel.frequency(), (int) n, (int) n + horizon);
            if (stockout >= 0) {
                java.util.Arrays.fill(f.covariates()[stockout], 0);
            }
            fut.add(f);
            actual.put(s.id(), f.y().clone());
        }
        return new Holdout(panel.withSeries(hist), panel.withSeries(fut), actual, horizon);
    }

    /** The subset of series whose ids are given. */
    Holdout select(java.util.Collection<String> ids) {
        Map<String, double[]> a = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (actuals.containsKey(id)) {
                a.put(id, actuals.get(id));
            }
        });
        return new Holdout(history.select(ids), future.select(ids), a, horizon);
    }

    /** WAPE of column {@code alias} over all series and periods: sum |actual - forecast| / sum actual. */
    double wape(ForecastFrame frame, String alias) {
        double err = 0;
        double tot = 0;
        for (var e : actuals.entrySet()) {
            double[] f = frame.series(e.getKey()).orElseThrow().column(alias);
            for (int t = 0; t < horizon; t++) {
                err += Math.abs(e.getValue()[t] - f[t]);
                tot += Math.abs(e.getValue()[t]);
            }
        }
        return err / tot;
    }

    /** Seasonal naive (the last week repeated) as a frame with column {@code seasonal_naive}. */
    ForecastFrame seasonalNaive() {
        int m = history.frequency().seasonLength();
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (SalesSeries s : history.series()) {
            double[] f = new double[horizon];
            for (int t = 0; t < horizon; t++) {
                int back = s.length() - m + (t % m);
                double v = back >= 0 ? s.y()[back] : s.y()[s.length() - 1];
                f[t] = Double.isNaN(v) ? 0 : v;
            }
            out.add(new ForecastFrame.SeriesForecast(s.id(), s.date(history.frequency(), s.length()), Map.of("seasonal_naive", f)));
        }
        return new ForecastFrame(history.frequency(), out);
    }
}
