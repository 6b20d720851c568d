/**
 * Global models trained across all series with Tribuo (XGBoost, random forest, CART, linear
 * and elastic net regression) on the features of {@link io.salescast.features.FeatureBuilder},
 * with recursive and direct multi-step strategies. {@link io.salescast.forecast.global.FittedGlobalForecaster}
 * exposes the Tribuo models and the feature rows each forecast was predicted from, for explanations.
 */
package io.salescast.forecast.global;
