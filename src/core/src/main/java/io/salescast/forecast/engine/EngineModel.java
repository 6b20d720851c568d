package io.salescast.forecast.engine;

import io.salescast.evaluation.BacktestModel;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.LocalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * One model as the engine runs it: series shorter than the minimum history go to the fallback
 * (for global models; local methods handle any length themselves).
 */
final class EngineModel implements BacktestModel {

    private final Forecaster model;
    private final Forecaster fallback;
    private final int minHistory;
    private final FeatureSpec features;
    private final boolean baseline;
    private final boolean reference;

    EngineModel(Forecaster model, Forecaster fallback, int minHistory, FeatureSpec features, boolean baseline) {
        this(model, fallback, minHistory, features, baseline, false);
    }

    /** @param reference whether the engine added it as a reference baseline (not chosen by the user) */
    EngineModel(Forecaster model, Forecaster fallback, int minHistory, FeatureSpec features, boolean baseline, boolean reference) {
        this.model = model;
        this.fallback = fallback;
        this.minHistory = model instanceof GlobalForecaster ? minHistory : 0;
        this.features = features;
        this.baseline = baseline;
        this.reference = reference;
    }

    /** Whether the engine added it as a reference baseline. */
    boolean reference() {
        return reference;
    }

    static boolean isBaselineModel(Forecaster f) {
        return f instanceof LocalForecaster || (f instanceof AliasedForecaster a && a.inner() instanceof LocalForecaster);
    }

    String alias() {
        return model.alias();
    }

    @Override
    public List<String> aliases() {
        return List.of(model.alias());
    }

    @Override
    public boolean isBaseline(String alias) {
        return baseline;
    }

    /** Fits the model on the long series and the fallback on the short ones. */
    FittedWithFallback fit(SalesPanel history, TrainContext ctx) {
        List<SalesSeries> longOnes = new ArrayList<>();
        List<SalesSeries> shortOnes = new ArrayList<>();
        for (SalesSeries s : history.series()) {
            (s.length() >= minHistory ? longOnes : shortOnes).add(s);
        }
        var main = longOnes.isEmpty() ? null : model.fit(history.withSeries(longOnes), features, ctx);
        var fb = shortOnes.isEmpty() ? null : fallback.fit(history.withSeries(shortOnes), features, ctx);
        return new FittedWithFallback(model.alias(), main, fb, shortOnes.stream().map(SalesSeries::id).toList());
    }

    @Override
    public ForecastFrame forecast(SalesPanel history, SalesPanel futureCovariates, int horizon, int[] levels, TrainContext ctx) {
        return fit(history, ctx).predict(horizon, futureCovariates, levels);
    }

    @Override
    public String toString() {
        return model.alias();
    }
}
