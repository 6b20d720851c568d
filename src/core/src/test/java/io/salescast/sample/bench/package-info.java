/** Runnable checks and benchmarks of the sample-store generator (mains, not unit tests). */
package io.salescast.sample.bench;
