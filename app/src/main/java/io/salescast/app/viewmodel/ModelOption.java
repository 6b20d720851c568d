package io.salescast.app.viewmodel;

import java.util.List;

/**
 * A model the user can choose, as the Models page presents it.
 *
 * @param type        the engine's model type
 * @param label       display name
 * @param kind        family of model
 * @param description one line on what it does and when it helps
 * @param params      the key parameters shown, with defaults and help
 */
public record ModelOption(String type, String label, Kind kind, String description, List<Param> params) {

    /** Families of models. */
    public enum Kind {
        BASELINE("Baselines"), MACHINE_LEARNING("Machine learning"), NEURAL("Neural networks"), BLEND("Blends");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Display name. */
        public String label() {
            return label;
        }
    }

    /**
     * A key parameter.
     *
     * @param name         engine parameter name
     * @param label        display name
     * @param defaultValue default as text
     * @param help         tooltip
     * @param min          smallest allowed value
     * @param max          largest allowed value
     */
    public record Param(String name, String label, String defaultValue, String help, double min, double max) {
    }

    public ModelOption {
        params = List.copyOf(params);
    }

    /** Every model the workbench offers (neural ones only when the module is present). */
    public static List<ModelOption> all(boolean neuralAvailable) {
        List<Param> trees = List.of(
                new Param("trees", "Trees", "400", "Boosting rounds. More trees learn finer patterns but train longer.", 10, 5000),
                new Param("depth", "Depth", "7", "Depth of each tree: how many features interact.", 1, 20),
                new Param("eta", "Learning rate", "0.05", "Shrinkage per tree; lower is steadier but needs more trees.", 0.001, 1));
        List<Param> forest = List.of(
                new Param("trees", "Trees", "60", "Trees in the forest.", 5, 2000),
                new Param("depth", "Depth", "14", "Maximum depth; limits model size.", 1, 40));
        var out = new java.util.ArrayList<>(List.of(
                new ModelOption("seasonal_naive", "Seasonal naive", Kind.BASELINE,
                        "Repeats the last season (the same weekday last week). The reference every model must beat.", List.of()),
                new ModelOption("naive", "Naive", Kind.BASELINE, "Repeats the last value.", List.of()),
                new ModelOption("moving_average", "Moving average", Kind.BASELINE, "Mean of the recent past.", List.of()),
                new ModelOption("historic_average", "Historic average", Kind.BASELINE, "Mean of all history.", List.of()),
                new ModelOption("ets", "Exponential smoothing (ETS)", Kind.BASELINE,
                        "Level, trend and seasonality per product, chosen automatically.", List.of()),
                new ModelOption("croston_sba", "Croston (SBA)", Kind.BASELINE,
                        "For slow movers with many zero days.", List.of()),
                new ModelOption("xgboost", "XGBoost", Kind.MACHINE_LEARNING,
                        "Gradient-boosted trees across all products; uses the features. Usually the most accurate.", trees),
                new ModelOption("random_forest", "Random forest", Kind.MACHINE_LEARNING,
                        "Averaged deep trees across all products; robust, rarely the best.", forest),
                new ModelOption("linear", "Linear", Kind.MACHINE_LEARNING, "A linear model of the features; fast and transparent.",
                        List.of()),
                new ModelOption("ensemble", "Ensemble (weighted mean)", Kind.BLEND,
                        "Weighted mean of the models above, weights learned from the backtest.", List.of()),
                new ModelOption("stacked", "Stacked blend", Kind.BLEND, "A blend learned on the backtest forecasts.", List.of())));
        if (neuralAvailable) {
            out.add(7, new ModelOption("lstm", "LSTM network", Kind.NEURAL,
                    "A recurrent network over recent sales; slower to train, can catch long patterns.", List.of()));
        }
        return List.copyOf(out);
    }
}
