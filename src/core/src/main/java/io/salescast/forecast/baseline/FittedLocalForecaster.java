package io.salescast.forecast.baseline;

import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link LocalForecaster} fitted on every series of a panel: one {@link SeriesModel} per series.
 * Forecasts start the period after each series' own last period. Immutable.
 */
public final class FittedLocalForecaster implements FittedForecaster {

    /**
     * The fitted model of one series.
     *
     * @param firstForecast label of the first forecast period
     * @param model         the fitted model
     */
    public record Entry(LocalDate firstForecast, SeriesModel model) {
        /** Validates. */
        public Entry {
            Objects.requireNonNull(firstForecast);
            Objects.requireNonNull(model);
        }
    }

    private final String alias;
    private final Frequency frequency;
    private final boolean nonNegative;
    private final Map<String, Entry> fits;

    /**
     * @param alias       model alias (column name)
     * @param frequency   period length
     * @param nonNegative clamp forecasts and interval bounds at zero
     * @param fits        per series id, in output order
     */
    public FittedLocalForecaster(String alias, Frequency frequency, boolean nonNegative, Map<String, Entry> fits) {
        this.alias = Objects.requireNonNull(alias);
        this.frequency = Objects.requireNonNull(frequency);
        this.nonNegative = nonNegative;
        this.fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
    }

    @Override
    public String alias() {
        return alias;
    }

    /** The fitted model of each series, by id. */
    public Map<String, Entry> fits() {
        return fits;
    }

    /** What was fitted for one series (e.g. {@code ETS(A,Ad,N)}). */
    public Optional<String> describe(String id) {
        return Optional.ofNullable(fits.get(id)).map(e -> e.model().description());
    }

    /** For each series where the method fell back to something simpler, why (id to note). */
    public Map<String, String> notes() {
        Map<String, String> out = new LinkedHashMap<>();
        fits.forEach((id, e) -> {
            if (e.model().note() != null) {
                out.put(id, e.model().note());
            }
        });
        return out;
    }

    /**
     * Forecasts every fitted series. Covariates are ignored. Interval columns are added for the
     * requested levels only where the method has a cheap analytic error variance (naive,
     * seasonal naive, historic average); the engine adds conformal intervals for the others.
     */
    @Override
    public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>(fits.size());
        for (var e : fits.entrySet()) {
            SeriesModel m = e.getValue().model();
            Map<String, double[]> cols = new LinkedHashMap<>();
            double[] point = clamp(m.forecast(horizon));
            cols.put(alias, point);
            double[] sd = levels == null || levels.length == 0 ? null : m.forecastSd(horizon);
            if (sd != null) {
                for (int level : levels) {
                    double z = zFor(level);
                    double[] lo = new double[horizon];
                    double[] hi = new double[horizon];
                    for (int h = 0; h < horizon; h++) {
                        lo[h] = point[h] - z * sd[h];
                        hi[h] = point[h] + z * sd[h];
                    }
                    cols.put(ForecastFrame.lo(alias, level), clamp(lo));
                    cols.put(ForecastFrame.hi(alias, level), clamp(hi));
                }
            }
            out.add(new ForecastFrame.SeriesForecast(e.getKey(), e.getValue().firstForecast(), cols));
        }
        return new ForecastFrame(frequency, out);
    }

    private double[] clamp(double[] v) {
        if (nonNegative) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] < 0) {
                    v[i] = 0;
                }
            }
        }
        return v;
    }

    /** Two-sided standard normal quantile for a central interval of {@code level} percent. */
    static double zFor(int level) {
        if (level <= 0 || level >= 100) {
            throw new IllegalArgumentException("interval level must be between 1 and 99 percent, got " + level);
        }
        return new NormalDistribution().inverseCumulativeProbability(0.5 + level / 200.0);
    }
}
