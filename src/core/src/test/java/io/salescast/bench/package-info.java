/** Runnable benchmarks and accuracy reports: main classes printing figures, never timed unit tests. */
package io.salescast.bench;
