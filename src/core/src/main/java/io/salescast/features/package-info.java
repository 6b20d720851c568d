/**
 * Feature engineering: the declarative, serialisable {@link io.salescast.features.FeatureSpec}
 * (with {@link io.salescast.features.FeatureSpec#defaults(io.salescast.series.Frequency)}), the
 * leakage-safe {@link io.salescast.features.FeatureBuilder} that turns a panel into a named
 * {@link io.salescast.features.FeatureTable}, readable {@link io.salescast.features.FeatureInfo}
 * labels grouped by {@link io.salescast.features.FeatureFamily}, the festival and event
 * {@link io.salescast.features.EventCalendar}, and the {@link io.salescast.features.LeakageGuard}.
 */
package io.salescast.features;
