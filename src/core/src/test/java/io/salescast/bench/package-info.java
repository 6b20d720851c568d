/** Runnable import benchmarks (mains printing figures; no timed assertions). */
package io.salescast.bench;
