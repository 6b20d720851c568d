/**
 * Shaping raw tables into time series: the {@link io.salescast.series.Frequency} of a panel, the
 * long-format {@link io.salescast.series.SalesPanel} (primitive arrays per series) and the
 * {@link io.salescast.series.StaticAttributes} of each product, plus column mapping and
 * aggregation of order lines into regular periods.
 */
package io.salescast.series;
