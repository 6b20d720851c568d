/**
 * Benchmark mains of the neural forecasters (run by hand, not by {@code mvn verify}): a generated
 * store of the sample store's size, rolling-origin accuracy against seasonal naive, epoch times,
 * and the cold-start comparison. Results are recorded in docs/bench-neural.md.
 */
package io.salescast.neural.bench;
