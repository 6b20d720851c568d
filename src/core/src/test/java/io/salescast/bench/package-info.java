/** Runnable benchmarks and accuracy reports (main classes, not unit tests). */
package io.salescast.bench;
