package io.salescast.testing;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic single series with planted structure (level, trend, seasonality, noise,
 * intermittency) as plain arrays, and a helper that turns arrays into a panel. For tests of
 * forecasting methods and metrics that need known answers.
 */
public final class SyntheticSeries {

    private SyntheticSeries() {
    }

    /**
     * {@code level + trend * t + amplitude * sin(2 pi t / period) + N(0, noiseSd)}.
     *
     * @param n         length
     * @param period    season length in periods
     * @param level     value at t = 0
     * @param trend     slope per period
     * @param amplitude seasonal amplitude
     * @param noiseSd   standard deviation of Gaussian noise
     * @param seed      random seed
     */
    public static double[] seasonal(int n, int period, double level, double trend, double amplitude, double noiseSd, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level + trend * t + amplitude * Math.sin(2 * Math.PI * t / period) + noiseSd * gaussian(rnd);
        }
        return y;
    }

    /** Gaussian white noise around {@code mean}. */
    public static double[] whiteNoise(int n, double mean, double sd, long seed) {
        return seasonal(n, 2, mean, 0, 0, sd, seed);
    }

    /**
     * Intermittent demand: each period sells with probability {@code probability}, a size of
     * 1 + Poisson({@code meanSize} - 1).
     */
    public static double[] intermittent(int n, double probability, double meanSize, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            if (rnd.nextDouble() < probability) {
                y[t] = 1 + SyntheticPanels.poisson(rnd, Math.max(0, meanSize - 1));
            }
        }
        return y;
    }

    /** A standard normal draw (Box-Muller). */
    public static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble());
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A panel without covariates from named arrays, all starting on {@code start}. */
    public static SalesPanel panel(Frequency frequency, LocalDate start, Map<String, double[]> series) {
        List<SalesSeries> out = new ArrayList<>();
        series.forEach((id, y) -> out.add(new SalesSeries(id, start, y, new double[0][])));
        return new SalesPanel(frequency, List.of(), out, StaticAttributes.empty());
    }

    /** A one-series panel. */
    public static SalesPanel panel(Frequency frequency, LocalDate start, String id, double[] y) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(id, y);
        return panel(frequency, start, m);
    }
}
