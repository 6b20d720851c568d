package io.salescast.sample.bench;

import io.salescast.sample.Festival;
import io.salescast.sample.SampleData;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesSeries;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the bundled sample has enough signal for the forecasting brief: a plain global
 * XGBoost (Tribuo) with lag (28+ days), calendar, price, promotion and festival features against
 * seasonal naive (repeat the last week), WAPE on three 28-day windows at the end of the data.
 * Independent of the engine (which has its own feature code); run with
 * {@code java -cp <core test classpath> io.salescast.sample.bench.SampleSignalCheck [threads]}.
 */
public final class SampleSignalCheck {

    private static final int H = 28;
    private static final String[] NAMES = {"lag28", "lag35", "lag42", "lag49", "lag56", "lag364", "lag357", "roll7",
        "roll28", "weekdayMean", "dow", "doy", "month", "dom", "priceRatio", "discount", "promo", "daysSincePromo",
        "f618", "f1111", "fBlackFriday", "fChristmas", "daysToChristmas"};
    private static final int[] LAGS = {28, 35, 42, 49, 56, 364, 357};

    private SampleSignalCheck() {
    }

    /** Runs the check and prints WAPE per window and overall. */
    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        SampleData data = SampleStore.generate(SampleOptions.sample());
        LocalDate end = data.truth().end();
        double[] total = new double[3];
        for (int w = 3; w >= 1; w--) {
            LocalDate cutoff = end.minusDays((long) H * w);
            long t0 = System.nanoTime();
            Model<Regressor> model = train(data, cutoff, threads);
            double[] abs = evaluate(data, cutoff, model);
            System.out.printf(Locale.ROOT, "cutoff %s: WAPE xgboost %.3f, seasonal naive %.3f, improvement %.1f %% (%.0f s)%n",
                    cutoff, abs[0] / abs[2], abs[1] / abs[2], 100 * (1 - abs[0] / abs[1]), (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < 3; i++) {
                total[i] += abs[i];
            }
        }
        System.out.printf(Locale.ROOT, "all windows: WAPE xgboost %.3f, seasonal naive %.3f, improvement %.1f %%%n",
                total[0] / total[2], total[1] / total[2], 100 * (1 - total[0] / total[1]));
    }

    private static Model<Regressor> train(SampleData data, LocalDate cutoff, int threads) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> train = new MutableDataset<>(new ListDataSource<>(new ArrayList<>(), factory,
                new SimpleDataSourceProvenance("sample", factory)));
        for (SalesSeries s : data.panel().series()) {
            double listPrice = Double.parseDouble(data.attributes().get(s.id(), "list_price"));
            int c = (int) (cutoff.toEpochDay() - s.start().toEpochDay());
            for (int t = H; t <= Math.min(c, s.length() - 1); t++) {
                if (s.covariates()[3][t] == 0) {
                    train.add(example(s.y()[t], features(s, t, listPrice)));
                }
            }
        }
        return new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, 300, 0.05, 0, 8, 1, 0.8, 0.8,
                1, 0, threads, true, 1L).train(train);
    }

    /** Absolute errors of XGBoost and seasonal naive, and the sum of actuals, over the window. */
    private static double[] evaluate(SampleData data, LocalDate cutoff, Model<Regressor> model) {
        double[] abs = new double[3];
        for (SalesSeries s : data.panel().series()) {
            double listPrice = Double.parseDouble(data.attributes().get(s.id(), "list_price"));
            int c = (int) (cutoff.toEpochDay() - s.start().toEpochDay());
            if (c < 7 || c + H >= s.length()) {
                continue;
            }
            for (int h = 1; h <= H; h++) {
                int t = c + h;
                double y = s.y()[t];
                double[] f = features(s, t, listPrice);
                double p = Math.max(0, model.predict(example(0, f)).getOutput().getValues()[0]);
                double naive = s.y()[c - 6 + (h - 1) % 7];
                abs[0] += Math.abs(y - p);
                abs[1] += Math.abs(y - naive);
                abs[2] += y;
            }
        }
        return abs;
    }

    /** Features of day t; only target values at least 28 days back are used. */
    private static double[] features(SalesSeries s, int t, double listPrice) {
        double[] f = new double[NAMES.length];
        Arrays.fill(f, Double.NaN);
        double[] y = s.y();
        for (int i = 0; i < LAGS.length; i++) {
            if (t - LAGS[i] >= 0) {
                f[i] = y[t - LAGS[i]];
            }
        }
        f[7] = mean(y, t - 34, t - 28);
        f[8] = mean(y, t - 55, t - 28);
        double sum = 0;
        int n = 0;
        for (int lag = 28; lag <= 56 && t - lag >= 0; lag += 7) {
            sum += y[t - lag];
            n++;
        }
        f[9] = n > 0 ? sum / n : Double.NaN;
        LocalDate d = s.start().plusDays(t);
        f[10] = d.getDayOfWeek().getValue();
        f[11] = d.getDayOfYear();
        f[12] = d.getMonthValue();
        f[13] = d.getDayOfMonth();
        f[14] = s.covariates()[0][t] / listPrice;
        f[15] = s.covariates()[1][t];
        f[16] = s.covariates()[2][t];
        int since = 99;
        for (int k = t - 1; k >= Math.max(0, t - 14); k--) {
            if (s.covariates()[2][k] > 0) {
                since = t - k;
                break;
            }
        }
        f[17] = s.covariates()[2][t] > 0 ? 0 : since;
        f[18] = Festival.MID_YEAR_618.baseMultiplier(d);
        f[19] = Festival.SINGLES_DAY_1111.baseMultiplier(d);
        f[20] = Festival.BLACK_FRIDAY.baseMultiplier(d);
        f[21] = Festival.CHRISTMAS.baseMultiplier(d);
        f[22] = d.getMonthValue() == 12 ? 25 - d.getDayOfMonth() : 99;
        return f;
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int k = Math.max(0, from); k <= to; k++) {
            sum += y[k];
            n++;
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static Example<Regressor> example(double y, double[] f) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (!Double.isNaN(f[i])) {
                names.add(NAMES[i]);
                values.add(f[i]);
            }
        }
        return new ArrayExample<>(new Regressor("y", y), names.toArray(new String[0]),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
