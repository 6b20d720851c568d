/**
 * Why a forecast says what it says. Exact per-prediction contributions for XGBoost models
 * ({@link io.salescast.explain.TreeShap}), model-agnostic local explanations for every other
 * forecaster ({@link io.salescast.explain.LocalSurrogate}, {@link io.salescast.explain.KernelShap}),
 * global importance by permutation ({@link io.salescast.explain.PermutationImportance}), grouping
 * of features into business {@link io.salescast.features.FeatureFamily families} with readable names, and
 * result objects that hold data only (charts, sheets and the CLI draw them).
 */
package io.salescast.explain;
