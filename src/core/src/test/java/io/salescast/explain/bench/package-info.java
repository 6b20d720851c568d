/** Runnable benchmarks of the explanations (not unit tests; figures go to docs/bench-explain.md). */
package io.salescast.explain.bench;
