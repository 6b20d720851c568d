/**
 * Reports: the Excel workbook (formatted tables, native charts and the numbers behind them,
 * written with POI's streaming SXSSF so large panels fit in memory), CSV exports in long format
 * and headless PNG/SVG chart images. Everything reads one input model, {@link
 * io.salescast.report.ReportInput}, assembled from engine results; text from imported data is
 * neutralised against formula injection ({@link io.salescast.report.SafeText}).
 */
package io.salescast.report;
