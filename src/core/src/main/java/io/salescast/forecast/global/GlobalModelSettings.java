package io.salescast.forecast.global;

import io.salescast.core.SalescastException;
import io.salescast.forecast.ModelSpec;
import io.salescast.series.Frequency;

import java.util.Locale;
import java.util.Set;

/**
 * Settings of a global model, read from a {@link ModelSpec} with defaults that work without
 * tuning. Parameters (all optional): {@code strategy} (recursive|direct), {@code groups} (direct:
 * number of step groups, default one per season), {@code train_window} (periods of history per
 * series used for training; 0 = all), {@code trees}, {@code depth}, {@code eta},
 * {@code subsample}, {@code colsample}, {@code min_child_weight}, {@code objective}
 * (tweedie|squared; tweedie suits counts), {@code tweedie_power}, {@code lambda},
 * {@code alpha} (XGBoost L2/L1; elastic net: penalty), {@code l1_ratio}, {@code min_leaf},
 * {@code feature_fraction}, {@code epochs}, {@code max_rows} (cap on training rows: the window
 * shrinks for panels with many series), {@code max_bin} (XGBoost histogram bins).
 *
 * @param algorithm    the Tribuo algorithm
 * @param strategy     multi-step strategy
 * @param groups       direct strategy: number of step groups (0 = one per season)
 * @param trainWindow  periods of history per series used for training (0 = all)
 * @param trees        trees (XGBoost rounds, forest size)
 * @param depth        maximum tree depth
 * @param eta          XGBoost learning rate
 * @param subsample    row subsample per tree
 * @param colsample    column subsample per tree (XGBoost) / features per split (forest)
 * @param minChildWeight XGBoost minimum child weight
 * @param objective    loss: tweedie or squared
 * @param tweediePower Tweedie variance power in (1, 2)
 * @param lambda       XGBoost L2 penalty
 * @param alpha        XGBoost L1 penalty; elastic net overall penalty
 * @param l1Ratio      elastic net L1 share
 * @param minLeaf      minimum examples per leaf (CART, forest)
 * @param epochs       linear SGD epochs
 * @param maxRows      most training rows (0 = no cap); the training window shrinks to fit
 * @param maxBin       XGBoost histogram bins
 */
public record GlobalModelSettings(GlobalAlgorithm algorithm, MultiStepStrategy strategy, int groups, int trainWindow,
                                  int trees, int depth, double eta, double subsample, double colsample,
                                  double minChildWeight, String objective, double tweediePower, double lambda,
                                  double alpha, double l1Ratio, int minLeaf, int epochs, int maxRows,
                                  int maxBin) {

    private static final Set<String> KNOWN = Set.of("strategy", "groups", "train_window", "trees", "depth", "eta",
            "subsample", "colsample", "min_child_weight", "objective", "tweedie_power", "lambda", "alpha", "l1_ratio",
            "min_leaf", "feature_fraction", "epochs", "max_rows", "max_bin");

    /**
     * Reads the settings of a global model spec.
     *
     * @throws SalescastException on an unknown type, parameter or value
     */
    public static GlobalModelSettings from(ModelSpec spec, Frequency frequency) {
        GlobalAlgorithm algorithm = GlobalAlgorithm.ofType(spec.type());
        if (algorithm == null) {
            throw new SalescastException("'" + spec.type() + "' is not a global model.",
                    "Use xgboost, random_forest, cart, linear or elastic_net.", null, null);
        }
        for (String p : spec.params().keySet()) {
            if (!KNOWN.contains(p)) {
                throw new SalescastException("Model " + spec.alias() + " has no parameter '" + p + "'.",
                        "Known parameters: " + new java.util.TreeSet<>(KNOWN) + ".", null, null);
            }
        }
        try {
            MultiStepStrategy strategy = MultiStepStrategy.valueOf(spec.param("strategy", "recursive").toUpperCase(Locale.ROOT));
            String objective = spec.param("objective", "tweedie").toLowerCase(Locale.ROOT);
            if (!Set.of("tweedie", "squared").contains(objective)) {
                throw new IllegalArgumentException("objective must be tweedie or squared, not " + objective);
            }
            boolean forest = algorithm == GlobalAlgorithm.RANDOM_FOREST;
            return new GlobalModelSettings(algorithm, strategy, spec.intParam("groups", 0),
                    spec.intParam("train_window", defaultTrainWindow(frequency)),
                    spec.intParam("trees", forest ? 60 : 250),
                    spec.intParam("depth", switch (algorithm) {
                        case XGBOOST -> 7;
                        case RANDOM_FOREST -> 14;
                        default -> 10;
                    }),
                    spec.doubleParam("eta", 0.08), spec.doubleParam("subsample", 0.8),
                    spec.doubleParam(forest ? "feature_fraction" : "colsample", forest ? 0.5 : 0.8),
                    spec.doubleParam("min_child_weight", 1), objective, spec.doubleParam("tweedie_power", 1.2),
                    spec.doubleParam("lambda", 1), spec.doubleParam("alpha", algorithm == GlobalAlgorithm.ELASTIC_NET ? 0.01 : 0),
                    spec.doubleParam("l1_ratio", 0.5), spec.intParam("min_leaf", 20), spec.intParam("epochs", 5),
                    spec.intParam("max_rows", forest || algorithm == GlobalAlgorithm.CART ? 100_000 : 300_000),
                    spec.intParam("max_bin", 128));
        } catch (IllegalArgumentException e) {
            throw new SalescastException("Model " + spec.alias() + " has an invalid setting: " + e.getMessage() + ".",
                    "Check the model parameters.", null, e);
        }
    }

    /** Default number of training periods per series: two years of daily, three of weekly data, all monthly. */
    public static int defaultTrainWindow(Frequency frequency) {
        return switch (frequency) {
            case DAILY -> 730;
            case WEEKLY -> 156;
            case MONTHLY -> 0;
        };
    }

    /**
     * Periods per series used for training with {@code seriesCount} series: the train window,
     * shortened so that about {@code maxRows} rows are used at most (never below 4 x 28 periods).
     */
    public int effectiveTrainWindow(int seriesCount) {
        if (maxRows <= 0 || seriesCount == 0) {
            return trainWindow;
        }
        int cap = Math.max(112, maxRows / seriesCount);
        return trainWindow <= 0 ? cap : Math.min(trainWindow, cap);
    }

    /** Step groups of a direct forecast for a horizon: {@code [from, to]} pairs, 1-based inclusive. */
    public int[][] stepGroups(int horizon, int seasonLength) {
        int g = groups > 0 ? groups : (int) Math.ceil(horizon / (double) Math.max(1, seasonLength));
        g = Math.max(1, Math.min(g, horizon));
        int[][] out = new int[g][2];
        for (int i = 0; i < g; i++) {
            out[i][0] = i * horizon / g + 1;
            out[i][1] = (i + 1) * horizon / g;
        }
        return out;
    }
}
