package io.salescast.explain;

/** How an explanation was computed. */
public enum Method {
    /** Exact Shapley values of a tree ensemble, computed by XGBoost itself (TreeSHAP). */
    TREE_SHAP("TreeSHAP (exact)"),
    /** Sampled Shapley values against a background sample (Kernel SHAP); additive by construction. */
    KERNEL_SHAP("Kernel SHAP (sampled)"),
    /** Local weighted linear surrogate fitted on perturbed copies of the point (LIME for regression). */
    LIME("Local linear surrogate (LIME)"),
    /** Increase in backtest error when a feature's values are shuffled (global only). */
    PERMUTATION("Permutation importance"),
    /** Mean absolute contribution over many points (global view of a local method). */
    MEAN_ABS_CONTRIBUTION("Mean absolute contribution");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** Readable name. */
    public String label() {
        return label;
    }
}
