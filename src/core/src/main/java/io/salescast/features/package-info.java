/**
 * Feature engineering: the declarative, serialisable {@link io.salescast.features.FeatureSpec}
 * and the leakage-safe builder that turns a panel into a named feature table.
 */
package io.salescast.features;
