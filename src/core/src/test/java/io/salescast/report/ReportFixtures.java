package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ForecastFrame.SeriesForecast;
import io.salescast.report.BacktestResults.CvForecast;
import io.salescast.report.BacktestResults.SeriesMetrics;
import io.salescast.report.BacktestResults.StepMetrics;
import io.salescast.report.ExplanationResults.FeatureImportance;
import io.salescast.report.ExplanationResults.SeriesExplanation;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic report inputs with known values: product {@code P0000} sells {@code 10 + i} per day
 * plus a weekly pattern, forecasts are {@code level * 1.0} and {@code level * 1.1}, bounds are
 * the point forecast -/+ 20% (80) and 35% (95). Product 1's name is a formula-injection attempt.
 */
public final class ReportFixtures {

    /** The hostile names planted in every fixture. */
    public static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    public static final String HOSTILE_ID = "+cmd|' /C calc'!A0";
    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    public static final List<String> MODELS = List.of("SeasonalNaive", "XGBoost");

    private ReportFixtures() {
    }

    /** Actual value of product {@code p} on day {@code t}. */
    public static double actual(int p, int t) {
        return 10 + p + 3 * Math.sin(2 * Math.PI * (t % 7) / 7.0);
    }

    /** Point forecast of {@code model} (index in MODELS) for product p, step h. */
    public static double forecast(int model, int p, int h) {
        return (10 + p + h * 0.1) * (model == 0 ? 1.0 : 1.1);
    }

    /** Product id of index p ({@link #HOSTILE_ID} for p = 2). */
    public static String id(int p) {
        return p == 2 ? HOSTILE_ID : String.format(java.util.Locale.ROOT, "P%04d", p);
    }

    /** A full input: {@code products} daily series of {@code days} days, horizon {@code h}. */
    public static ReportInput input(int products, int days, int h) {
        List<SalesSeries> series = new ArrayList<>();
        Map<String, String[]> attrs = new LinkedHashMap<>();
        List<SeriesForecast> fcs = new ArrayList<>();
        List<SeriesMetrics> bySeries = new ArrayList<>();
        List<SeriesExplanation> expl = new ArrayList<>();
        List<CvForecast> windows = new ArrayList<>();
        List<String> features = List.of("lag_7", "rolling_mean_28", "day_of_week", "promo", "price");
        Random rnd = new Random(42);
        LocalDate fcStart = START.plusDays(days);
        for (int p = 0; p < products; p++) {
            double[] y = new double[days];
            for (int t = 0; t < days; t++) {
                y[t] = actual(p, t);
            }
            String id = id(p);
            series.add(new SalesSeries(id, START, y, new double[0][]));
            attrs.put(id, new String[] {"cat" + (p % 3), p == 1 ? HOSTILE_NAME : "Product " + p});
            Map<String, double[]> cols = new LinkedHashMap<>();
            for (int m = 0; m < MODELS.size(); m++) {
                double[] f = new double[h];
                double[][] b = new double[4][h];
                for (int s = 0; s < h; s++) {
                    f[s] = forecast(m, p, s);
                    b[0][s] = f[s] * 0.8;
                    b[1][s] = f[s] * 1.2;
                    b[2][s] = f[s] * 0.65;
                    b[3][s] = f[s] * 1.35;
                }
                String a = MODELS.get(m);
                cols.put(a, f);
                cols.put(ForecastFrame.lo(a, 80), b[0]);
                cols.put(ForecastFrame.hi(a, 80), b[1]);
                cols.put(ForecastFrame.lo(a, 95), b[2]);
                cols.put(ForecastFrame.hi(a, 95), b[3]);
                bySeries.add(new SeriesMetrics(a, id, new double[] {1 + m + p * 0.01, 2 + m, 0.9 - 0.1 * m}));
            }
            fcs.add(new SeriesForecast(id, fcStart, cols));
            double[] base = new double[h];
            double[][] contrib = new double[h][features.size()];
            for (int s = 0; s < h; s++) {
                base[s] = 10;
                for (int f = 0; f < features.size(); f++) {
                    contrib[s][f] = rnd.nextGaussian();
                }
            }
            expl.add(new SeriesExplanation(id, fcStart, features, base, contrib));
            if (p < 3) {
                windows.add(new CvForecast(id, fcStart.minusDays(h + 1L), fcStart.minusDays(h), new double[h],
                        Map.of("XGBoost", new double[h])));
            }
        }
        SalesPanel panel = new SalesPanel(Frequency.DAILY, List.of(), series,
                new StaticAttributes(List.of("category", "name"), attrs));
        ForecastFrame frame = new ForecastFrame(Frequency.DAILY, fcs);
        List<String> metrics = List.of("MAE", "RMSE", "MASE");
        List<LeaderboardRow> board = List.of(
                new LeaderboardRow("XGBoost", false, new double[] {1.5, 2.0, 0.8}, 0.2),
                new LeaderboardRow("SeasonalNaive", true, new double[] {1.875, 2.5, 1.0}, 0.0));
        List<StepMetrics> bySteps = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            for (int s = 1; s <= h; s++) {
                bySteps.add(new StepMetrics(MODELS.get(m), s, new double[] {1 + 0.1 * s + m, 2 + 0.1 * s, 1}));
            }
        }
        BacktestResults bt = new BacktestResults(metrics, "MAE", board, bySteps, bySeries, windows);
        List<FeatureImportance> global = List.of(new FeatureImportance("lag_7", "lags", 40),
                new FeatureImportance("rolling_mean_28", "rolling", 25), new FeatureImportance("day_of_week", "calendar", 15),
                new FeatureImportance("promo", "promo", 12), new FeatureImportance("price", "price", 8));
        ExplanationResults ex = new ExplanationResults("XGBoost", global, expl);
        DataQuality dq = new DataQuality("store.xlsx", days * products + 3L, (long) days * products, 3, 0, 12,
                List.of(new DataQuality.Issue("WARNING", "store.xlsx, sheet \"Sales\", row 17, column \"units\"",
                        "Text 'n/a' in a number column: row skipped.", 1),
                        new DataQuality.Issue("INFO", "P0001", "12 missing days filled with 0.", 12)));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("Frequency", "daily");
        settings.put("Features", "lags 7, 14, 28; rolling means; calendar; promo; price");
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("Input file SHA-256", "ab12cd34");
        prov.put("Seed", "42");
        ReportSummary summary = new ReportSummary("Test store", "store.xlsx", Instant.parse("2024-06-01T10:00:00Z"), h,
                MODELS, settings, prov);
        return new ReportInput(summary, panel, frame, "XGBoost", List.of(80, 95), bt, ex, dq);
    }
}
