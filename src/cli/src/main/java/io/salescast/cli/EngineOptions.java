package io.salescast.cli;

import io.salescast.evaluation.Metric;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.ModelCatalog;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Options of what the engine runs, shared by {@code forecast} and {@code backtest}. */
final class EngineOptions {

    @Option(names = "--horizon", paramLabel = "N", defaultValue = "28",
            description = "Periods to forecast (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--models", paramLabel = "MODEL", split = ",",
            description = {"Models to run, e.g. xgboost,ets,seasonal_naive,ensemble; parameters as xgboost:trees=300;depth=6,",
                "aliases as fast=xgboost:trees=100. Types: xgboost, random_forest, cart, linear, elastic_net, naive,",
                "seasonal_naive, moving_average, historic_average, ets, croston, croston_sba, tsb, ensemble, stacked.",
                "Default: xgboost, the baselines, ets and both blends."})
    List<String> models;

    @Option(names = "--levels", paramLabel = "PERCENT", split = ",", defaultValue = "80,95",
            description = "Prediction interval levels in percent (default: ${DEFAULT-VALUE}).")
    List<Integer> levels;

    @Option(names = "--windows", paramLabel = "N", defaultValue = "3",
            description = "Backtest windows that pick the recommended model (default: ${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--select-by", paramLabel = "METRIC", defaultValue = "wape",
            description = "Metric that picks the recommended model: wape, mase, mae, rmse, smape (default: ${DEFAULT-VALUE}).")
    String selectBy;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for training (default: the processors, at most 4).")
    int threads;

    /** The model specs (the default set when none were given). */
    List<ModelSpec> modelSpecs() {
        if (models == null || models.isEmpty()) {
            return ModelCatalog.defaultModels();
        }
        List<ModelSpec> out = new ArrayList<>();
        for (String m : models) {
            if (!m.isBlank()) {
                out.add(ModelSpec.parse(m));
            }
        }
        return out;
    }

    Metric metric() {
        return Metric.parse(selectBy);
    }
}
