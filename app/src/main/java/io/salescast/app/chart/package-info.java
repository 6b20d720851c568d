/**
 * A fast time-series chart on a JavaFX {@code Canvas}: min/max decimation per pixel column,
 * interval bands, shaded spans (promotions), markers (stock-outs), zoom, pan, reset, hover
 * tooltips and clickable points. The data model is plain records, testable without a toolkit.
 */
package io.salescast.app.chart;
