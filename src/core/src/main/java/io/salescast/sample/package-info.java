/**
 * A seeded generator of a realistic online store with planted, recorded behaviours (weekly and
 * yearly seasonality, category trends, price changes with elasticity, promotions with uplift and a
 * post-promotion dip, shopping festivals, stock-outs, launches, discontinuations, intermittent
 * long-tail items, count noise). {@link io.salescast.sample.SampleStore} builds it in memory as a
 * {@link io.salescast.series.SalesPanel} plus its {@link io.salescast.sample.SampleTruth};
 * {@link io.salescast.sample.SampleWriter} streams it to the workbooks, order-lines CSV and truth
 * JSON bundled under {@code samples/}.
 */
package io.salescast.sample;
