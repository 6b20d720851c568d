package io.salescast.forecast.global;

/** The Tribuo regression algorithms a global model can use. */
public enum GlobalAlgorithm {
    /** Gradient-boosted trees (xgboost4j through Tribuo); the default. */
    XGBOOST("xgboost"),
    /** Bagged CART trees with random feature subsets, averaged. */
    RANDOM_FOREST("random_forest"),
    /** A single regression tree. */
    CART("cart"),
    /** Linear regression trained by SGD (AdaGrad) on standardised features. */
    LINEAR("linear"),
    /** Linear regression with elastic-net penalty (coordinate descent) on standardised features. */
    ELASTIC_NET("elastic_net");

    private final String type;

    GlobalAlgorithm(String type) {
        this.type = type;
    }

    /** The model type as a {@link io.salescast.forecast.ModelSpec} writes it. */
    public String type() {
        return type;
    }

    /** The algorithm of a model type, or null when the type is not a global model. */
    public static GlobalAlgorithm ofType(String type) {
        for (GlobalAlgorithm a : values()) {
            if (a.type.equals(type)) {
                return a;
            }
        }
        return null;
    }
}
