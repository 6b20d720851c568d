package io.salescast.neural.bench;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated store of the sample store's size and shape, for benchmarks until the bundled sample
 * store generator is on main: daily sales of {@code products} products over three years with
 * launch curves, weekly and yearly seasonality by category, festival peaks (11.11, 6.18, Black
 * Friday, Christmas), promotions with discounts, stock-outs and over-dispersed counts.
 * Covariates: price, discount, promo, stockout (as in the sample store).
 */
public final class BenchStore {

    /** First day. */
    public static final LocalDate START = LocalDate.of(2022, 1, 1);
    /** Days of history. */
    public static final int DAYS = 1096;

    private BenchStore() {
    }

    /**
     * Generates the store.
     *
     * @param products     number of products
     * @param newProducts  how many of them launch 21 to 84 days before {@code DAYS - 28} (cold-start group, ids "new_*")
     * @param seed         random seed
     */
    public static SalesPanel generate(int products, int newProducts, long seed) {
        Random rnd = new Random(seed);
        int categories = 8;
        double[] weekend = new double[categories];
        double[] yearAmp = new double[categories];
        double[] yearPhase = new double[categories];
        for (int c = 0; c < categories; c++) {
            weekend[c] = 1.0 + 0.5 * rnd.nextDouble();
            yearAmp[c] = 0.4 * rnd.nextDouble();
            yearPhase[c] = 365 * rnd.nextDouble();
        }
        List<SalesSeries> series = new ArrayList<>();
        Map<String, String[]> attrs = new LinkedHashMap<>();
        for (int p = 0; p < products; p++) {
            boolean isNew = p >= products - newProducts;
            int cat = rnd.nextInt(categories);
            String id = (isNew ? "new_" : "sku_") + String.format("%03d", p);
            int launch;
            if (isNew) {
                launch = DAYS - 28 - (21 + rnd.nextInt(64));
            } else {
                launch = rnd.nextDouble() < 0.75 ? 0 : rnd.nextInt(DAYS - 200);
            }
            series.add(product(id, launch, cat, weekend[cat], yearAmp[cat], yearPhase[cat], rnd));
            attrs.put(id, new String[] {"cat" + cat, "brand" + rnd.nextInt(20)});
        }
        return new SalesPanel(Frequency.DAILY, List.of("price", "discount", "promo", "stockout"), series,
                new StaticAttributes(List.of("category", "brand"), attrs));
    }

    private static SalesSeries product(String id, int launch, int cat, double weekend, double yearAmp, double yearPhase, Random rnd) {
        int n = DAYS - launch;
        LocalDate start = START.plusDays(launch);
        double level = Math.exp(1.0 + 0.9 * rnd.nextGaussian());
        double basePrice = Math.round(5 + 95 * rnd.nextDouble());
        double elasticity = 2 + 4 * rnd.nextDouble();
        double trend = 0.0004 * rnd.nextGaussian();
        double dispersion = 2 + 6 * rnd.nextDouble();
        boolean launchedInData = launch > 0;
        double[] y = new double[n];
        double[] price = new double[n];
        double[] discount = new double[n];
        double[] promo = new double[n];
        double[] stockout = new double[n];
        int promoLeft = 0;
        double promoDiscount = 0;
        int stockLeft = 0;
        for (int t = 0; t < n; t++) {
            LocalDate d = start.plusDays(t);
            double festival = festivalFactor(d, cat);
            if (promoLeft == 0 && (rnd.nextDouble() < 0.012 || (festival > 1.5 && rnd.nextDouble() < 0.5))) {
                promoLeft = 3 + rnd.nextInt(5);
                promoDiscount = 0.1 + 0.2 * rnd.nextDouble();
            }
            boolean onPromo = promoLeft > 0;
            if (onPromo) {
                promoLeft--;
            }
            if (stockLeft == 0 && rnd.nextDouble() < 0.002) {
                stockLeft = 2 + rnd.nextInt(6);
            }
            boolean out = stockLeft > 0;
            if (out) {
                stockLeft--;
            }
            discount[t] = onPromo ? promoDiscount : 0;
            price[t] = basePrice * (1 - discount[t]);
            promo[t] = onPromo ? 1 : 0;
            stockout[t] = out ? 1 : 0;
            double age = launchedInData ? t : 1000;
            double mean = level
                    * (1 - Math.exp(-age / 20.0))
                    * (d.getDayOfWeek().getValue() >= 6 ? weekend : 1.0)
                    * (1 + yearAmp * Math.sin(2 * Math.PI * (d.getDayOfYear() - yearPhase) / 365.0))
                    * Math.exp(trend * (launch + t))
                    * festival
                    * (1 + elasticity * discount[t]);
            y[t] = out ? 0 : negBinomial(mean, dispersion, rnd);
        }
        return new SalesSeries(id, start, y, new double[][] {price, discount, promo, stockout});
    }

    private static double festivalFactor(LocalDate d, int cat) {
        int year = d.getYear();
        LocalDate blackFriday = LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
        double f = 1;
        f *= peak(d, LocalDate.of(year, 11, 11), 4.0);
        f *= peak(d, LocalDate.of(year, 6, 18), 2.5);
        f *= peak(d, blackFriday, 2.5);
        long toXmas = ChronoUnit.DAYS.between(d, LocalDate.of(year, 12, 25));
        if (toXmas >= 0 && toXmas <= 14 && cat % 3 == 0) {
            f *= 1 + (14 - toXmas) / 14.0;
        }
        return f;
    }

    private static double peak(LocalDate d, LocalDate day, double height) {
        long diff = ChronoUnit.DAYS.between(day, d);
        if (diff == 0) {
            return height;
        }
        if (diff >= -7 && diff < 0) {
            return 1 + (height - 1) * 0.15 * (8 + diff) / 7.0;   // ramp before
        }
        if (diff > 0 && diff <= 3) {
            return 0.8;                                           // lull after
        }
        return 1;
    }

    private static double negBinomial(double mean, double dispersion, Random rnd) {
        if (mean <= 0) {
            return 0;
        }
        double lambda = gamma(dispersion, rnd) * mean / dispersion;
        return poisson(lambda, rnd);
    }

    private static double gamma(double shape, Random rnd) {
        // Marsaglia and Tsang (shape >= 1)
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rnd.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(rnd.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double poisson(double lambda, Random rnd) {
        if (lambda > 30) {
            return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
