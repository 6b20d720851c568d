/** Benchmarks of report writing (runnable mains, not tests). */
package io.salescast.report.bench;
