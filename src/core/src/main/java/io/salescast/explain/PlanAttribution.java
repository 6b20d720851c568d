package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model-agnostic explanation of what the planned future inputs (prices, promotions, other
 * known-future covariates) add to any forecaster's forecast (networks, exponential smoothing,
 * blends...), by exact Shapley values over the families of those inputs.
 *
 * <p>A fitted forecaster can only be re-asked about its future covariates, so the players are the
 * covariate families (price, promotion, other); the value of a coalition is the forecast with that
 * coalition's covariates as planned and the others at "no plans": promotions off (0), prices and
 * other covariates carried forward from the last observed period. With at most three players all
 * coalitions are evaluated (at most 8 forecasts), so the values are exact and additive: the base is
 * the forecast without plans, and base + contributions = the forecast with the plans.
 */
public final class PlanAttribution {

    private PlanAttribution() {
    }

    /**
     * Explains every point of {@code model}'s forecast with {@code planned} future covariates.
     *
     * @param model    any fitted forecaster
     * @param history  the history it was fitted on (for the last observed covariate values)
     * @param planned  planned future covariates: the history's covariates, starting at the first
     *                 forecast period and covering the horizon
     * @param horizon  periods
     * @param catalog  families of the covariates
     * @return explanations in sales units, method {@link Method#PLAN_SHAPLEY}
     */
    public static ForecastExplanation explain(FittedForecaster model, SalesPanel history, SalesPanel planned, int horizon,
                                              FeatureCatalog catalog, ProgressListener progress, CancellationToken cancel) {
        List<String> covs = history.covariateNames();
        Map<FeatureFamily, List<Integer>> players = new LinkedHashMap<>();
        for (int c = 0; c < covs.size(); c++) {
            FeatureFamily f = catalog.family(covs.get(c));
            FeatureFamily player = f == FeatureFamily.PRICE || f == FeatureFamily.PROMOTION ? f : FeatureFamily.OTHER;
            players.computeIfAbsent(player, k -> new ArrayList<>()).add(c);
        }
        List<FeatureFamily> order = new ArrayList<>(players.keySet());
        int m = order.size();
        int coalitions = 1 << m;
        ForecastFrame[] values = new ForecastFrame[coalitions];
        for (int mask = 0; mask < coalitions; mask++) {
            cancel.throwIfCancelled();
            boolean[] useCov = new boolean[covs.size()];
            for (int p = 0; p < m; p++) {
                if ((mask >> p & 1) == 1) {
                    players.get(order.get(p)).forEach(c -> useCov[c] = true);
                }
            }
            values[mask] = model.predict(horizon, mix(history, planned, horizon, useCov, catalog), new int[0]);
            progress.progress("explain plans", (mask + 1) / (double) coalitions, "scenario " + (mask + 1) + " of " + coalitions);
        }
        List<PointExplanation> points = new ArrayList<>();
        for (ForecastFrame.SeriesForecast s : values[coalitions - 1].series()) {
            for (int k = 0; k < horizon; k++) {
                double[] v = new double[coalitions];
                for (int mask = 0; mask < coalitions; mask++) {
                    v[mask] = values[mask].series(s.id()).orElseThrow().column(model.alias())[k];
                }
                List<FeatureContribution> cs = new ArrayList<>();
                for (int p = 0; p < m; p++) {
                    FeatureFamily f = order.get(p);
                    List<String> names = players.get(f).stream().map(covs::get).toList();
                    cs.add(new FeatureContribution("planned_" + f.code(), "planned " + f.label().toLowerCase(java.util.Locale.ROOT)
                            + " (" + String.join(", ", names) + ")", f, Double.NaN, shapley(v, p, m)));
                }
                points.add(new PointExplanation(model.alias(), s.id(), history.frequency().step(s.start(), k), k + 1, v[0],
                        v[coalitions - 1], cs, Method.PLAN_SHAPLEY, 1, Units.SALES));
            }
        }
        return new ForecastExplanation(model.alias(), Method.PLAN_SHAPLEY, points, points);
    }

    /** Exact Shapley value of player p from the values of all 2^m coalitions. */
    static double shapley(double[] v, int p, int m) {
        double phi = 0;
        double[] weight = new double[m];
        for (int s = 0; s < m; s++) {
            weight[s] = factorial(s) * factorial(m - s - 1) / factorial(m);
        }
        for (int mask = 0; mask < v.length; mask++) {
            if ((mask >> p & 1) == 0) {
                phi += weight[Integer.bitCount(mask)] * (v[mask | 1 << p] - v[mask]);
            }
        }
        return phi;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** Future covariates: planned where {@code useCov}, else "no plans". */
    private static SalesPanel mix(SalesPanel history, SalesPanel planned, int horizon, boolean[] useCov,
                                  FeatureCatalog catalog) {
        List<SalesSeries> out = new ArrayList<>();
        for (SalesSeries h : history.series()) {
            SalesSeries p = planned == null ? null : planned.series(h.id()).orElse(null);
            double[][] cov = new double[useCov.length][horizon];
            for (int c = 0; c < useCov.length; c++) {
                boolean promo = catalog.family(history.covariateNames().get(c)) == FeatureFamily.PROMOTION;
                double last = h.length() == 0 ? 0 : h.covariates()[c][h.length() - 1];
                for (int k = 0; k < horizon; k++) {
                    boolean fromPlan = useCov[c] && p != null && k < p.length();
                    cov[c][k] = fromPlan ? p.covariates()[c][k] : promo ? 0 : last;
                }
            }
            out.add(new SalesSeries(h.id(), h.date(history.frequency(), h.length()), new double[horizon], cov));
        }
        return history.withSeries(out);
    }
}
