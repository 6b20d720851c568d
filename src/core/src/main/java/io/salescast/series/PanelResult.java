package io.salescast.series;

import io.salescast.ingest.ImportReport;

import java.time.DayOfWeek;

/**
 * A panel shaped from a table, with the report of the shaping.
 *
 * @param panel             the series (static attributes included)
 * @param report            problems and counters of shaping (rows skipped, periods filled...)
 * @param frequency         the frequency of the panel
 * @param weekStart         the first day of a week (weekly panels), else null
 * @param frequencyDetected whether the frequency was detected rather than given
 */
public record PanelResult(SalesPanel panel, ImportReport report, Frequency frequency, DayOfWeek weekStart,
                          boolean frequencyDetected) {
}
