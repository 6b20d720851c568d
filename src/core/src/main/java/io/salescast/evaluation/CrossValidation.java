package io.salescast.evaluation;

import io.salescast.core.CancelledException;
import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainContext;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolling-origin cross-validation (time-series backtest). The windows are the last
 * {@code windows} forecast origins spaced {@code step} periods apart, the last one
 * {@code horizon} periods before the panel's last period, so that every window's forecast
 * periods lie within the data. In each window every model is fitted on the panel as known at
 * the cutoff ({@link SalesPanel#until}) and forecasts {@code horizon} periods; known-future
 * covariates of the forecast periods (planned price, promotions) are taken from the data.
 * Series are evaluated in a window when they are observed at the cutoff and have at least one
 * actual value after it. A model that fails in a window is recorded in
 * {@link Backtest#failures()} and the others go on; cancellation stops everything.
 *
 * @param horizon periods forecast per window (at least 1)
 * @param windows number of windows (at least 1)
 * @param step    periods between consecutive cutoffs (at least 1)
 */
public record CrossValidation(int horizon, int windows, int step) {

    private static final Logger LOG = LoggerFactory.getLogger(CrossValidation.class);

    /** Validates. */
    public CrossValidation {
        if (horizon < 1 || windows < 1 || step < 1) {
            throw new SalescastException("Backtest settings must be positive (horizon " + horizon + ", windows "
                    + windows + ", step " + step + ").", "Use a horizon, number of windows and step of at least 1.",
                    null, null);
        }
    }

    /** Cross-validation with {@code step = horizon} (non-overlapping windows). */
    public static CrossValidation of(int horizon, int windows) {
        return new CrossValidation(horizon, windows, horizon);
    }

    /**
     * The cutoffs for {@code panel}, oldest first.
     *
     * @throws SalescastException when the data is too short for the windows
     */
    public List<LocalDate> cutoffs(SalesPanel panel) {
        if (panel.size() == 0) {
            throw new SalescastException("There are no series to backtest.", "Check the data and the column mapping.",
                    null, null);
        }
        Frequency f = panel.frequency();
        LocalDate last = panel.lastDate();
        LocalDate first = panel.firstDate();
        long periods = f.periodsBetween(first, last) + 1;
        long needed = (long) horizon + (long) (windows - 1) * step + 2;
        if (periods < needed) {
            throw new SalescastException("The data covers " + periods + " periods, too few for " + windows
                    + " backtest windows of " + horizon + " periods spaced " + step + " apart (needs at least "
                    + needed + ").", "Use fewer windows, a shorter horizon or a smaller step.", null, null);
        }
        List<LocalDate> out = new ArrayList<>(windows);
        LocalDate lastCutoff = f.step(last, -horizon);
        for (int k = windows - 1; k >= 0; k--) {
            out.add(f.step(lastCutoff, -(long) k * step));
        }
        return out;
    }

    /** Runs forecasters (wrapped by {@link BacktestModel#of}) with the same feature spec. */
    public Backtest run(SalesPanel panel, List<? extends Forecaster> forecasters, FeatureSpec spec, int[] levels,
                        TrainContext ctx) {
        List<BacktestModel> models = forecasters.stream().map(f -> BacktestModel.of(f, spec)).toList();
        return runModels(panel, models, levels, ctx);
    }

    /**
     * Runs the models over every window.
     *
     * @param levels interval levels passed to the models (may be empty)
     * @throws CancelledException when cancelled
     */
    public Backtest runModels(SalesPanel panel, List<BacktestModel> models, int[] levels, TrainContext ctx) {
        List<String> aliases = new ArrayList<>();
        Set<String> baselines = new LinkedHashSet<>();
        for (BacktestModel m : models) {
            for (String a : m.aliases()) {
                if (aliases.contains(a)) {
                    throw new IllegalArgumentException("duplicate model alias " + a);
                }
                aliases.add(a);
                if (m.isBaseline(a)) {
                    baselines.add(a);
                }
            }
        }
        List<LocalDate> cutoffs = cutoffs(panel);
        Map<String, String> failures = new LinkedHashMap<>();
        List<Backtest.Window> out = new ArrayList<>();
        int total = cutoffs.size() * Math.max(1, models.size());
        int done = 0;
        for (LocalDate cutoff : cutoffs) {
            ctx.cancel().throwIfCancelled();
            SalesPanel history = panel.until(cutoff);
            SalesPanel future = futureCovariates(panel, history, cutoff);
            ForecastFrame merged = new ForecastFrame(panel.frequency(), List.of());
            for (BacktestModel m : models) {
                ctx.cancel().throwIfCancelled();
                ctx.progress().progress("backtest", (double) done / total, "window " + cutoff + ": " + m);
                try {
                    merged = merged.merge(m.forecast(history, future, horizon, levels, ctx));
                } catch (CancelledException e) {
                    throw e;
                } catch (RuntimeException e) {
                    String message = e instanceof SalescastException se ? se.userMessage() : String.valueOf(e.getMessage());
                    LOG.warn("model {} failed in backtest window {}: {}", m, cutoff, message, e);
                    for (String a : m.aliases()) {
                        failures.putIfAbsent(a, "window " + cutoff + ": " + message);
                    }
                }
                done++;
            }
            out.add(new Backtest.Window(cutoff, slices(panel, history, merged, cutoff)));
        }
        ctx.progress().progress("backtest", 1, cutoffs.size() + " windows");
        return new Backtest(panel.frequency(), horizon, aliases, baselines, out, failures);
    }

    /** Slices of the series observed at the cutoff with at least one actual after it. */
    private List<Backtest.Slice> slices(SalesPanel panel, SalesPanel history, ForecastFrame merged, LocalDate cutoff) {
        Frequency f = panel.frequency();
        LocalDate start = f.step(cutoff, 1);
        List<Backtest.Slice> slices = new ArrayList<>();
        for (SalesSeries h : history.series()) {
            if (!h.end(f).equals(cutoff)) {
                continue;
            }
            SalesSeries full = panel.series(h.id()).orElseThrow();
            double[] actual = new double[horizon];
            Arrays.fill(actual, Double.NaN);
            int offset = h.length();
            boolean any = false;
            for (int k = 0; k < horizon && offset + k < full.length(); k++) {
                actual[k] = full.y()[offset + k];
                any |= !Double.isNaN(actual[k]);
            }
            if (!any) {
                continue;
            }
            Map<String, double[]> cols = new LinkedHashMap<>();
            merged.series(h.id()).filter(sf -> sf.start().equals(start)).ifPresent(sf -> sf.columns().forEach((name, v) ->
                    cols.put(name, v.length >= horizon ? Arrays.copyOf(v, horizon) : padded(v))));
            double scale = Metrics.seasonalNaiveScale(h.y(), f.seasonLength());
            slices.add(new Backtest.Slice(h.id(), cutoff, start, actual, scale, cols));
        }
        return slices;
    }

    private double[] padded(double[] v) {
        double[] out = Arrays.copyOf(v, horizon);
        Arrays.fill(out, v.length, horizon, Double.NaN);
        return out;
    }

    /**
     * Covariates of the {@code horizon} periods after the cutoff for every series of the history,
     * from the data (past the end of a series, its last value is carried forward); targets NaN.
     */
    SalesPanel futureCovariates(SalesPanel panel, SalesPanel history, LocalDate cutoff) {
        Frequency f = panel.frequency();
        List<SalesSeries> out = new ArrayList<>(history.size());
        int k = panel.covariateNames().size();
        for (SalesSeries h : history.series()) {
            SalesSeries full = panel.series(h.id()).orElseThrow();
            LocalDate start = f.step(h.end(f), 1);
            int offset = h.length();
            double[] y = new double[horizon];
            Arrays.fill(y, Double.NaN);
            double[][] cov = new double[k][horizon];
            for (int c = 0; c < k; c++) {
                double[] src = full.covariates()[c];
                for (int t = 0; t < horizon; t++) {
                    int i = Math.min(offset + t, src.length - 1);
                    cov[c][t] = i >= 0 ? src[i] : Double.NaN;
                }
            }
            out.add(new SalesSeries(h.id(), start, y, cov));
        }
        return new SalesPanel(f, panel.covariateNames(), out, panel.attributes());
    }
}
