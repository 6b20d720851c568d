package io.salescast.series;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;

import java.nio.file.Path;

/**
 * The whole import in one call: read the file, turn a wide sheet into long format when the
 * mapping's date column is absent and the headers are periods, shape the series, and join both
 * reports. The CLI's {@code import} and the desktop app's import dialog both use it.
 */
public final class SeriesImport {

    private SeriesImport() {
    }

    /**
     * What an import produced.
     *
     * @param read    the table as read, with the reading report and source details
     * @param shaped  the panel and the shaping report
     * @param mapping the mapping actually used (date becomes {@link Columns#DS} for wide sheets)
     * @param wide    whether the sheet was wide and turned into long format
     * @param report  reading and shaping problems together
     */
    public record Outcome(ImportResult read, PanelResult shaped, ColumnMapping mapping, boolean wide, ImportReport report) {

        /**
         * This outcome with attributes joined from a separate table: the panel's own attributes
         * (columns of the sales sheet) win where both know a value; the join's problems are
         * added to the report.
         */
        public Outcome withJoinedAttributes(AttributeJoin.Result join) {
            SalesPanel panel = shaped.panel();
            SalesPanel joined = panel.withAttributes(AttributeTable.merge(panel.attributes(), join.attributes(), panel.ids()));
            PanelResult p = new PanelResult(joined, shaped.report(), shaped.frequency(), shaped.weekStart(), shaped.frequencyDetected());
            return new Outcome(read, p, mapping, wide, report.withProblemsOf(join.report()));
        }
    }

    /**
     * Reads and shapes a file.
     *
     * @throws io.salescast.ingest.ImportException when the file cannot be read or the mapping does not fit
     */
    public static Outcome run(Path file, ReadOptions readOptions, ColumnMapping mapping, PanelOptions panelOptions,
                              ProgressListener progress, CancellationToken cancel) {
        return shape(Importer.read(file, readOptions, progress, cancel), mapping, panelOptions, progress, cancel);
    }

    /**
     * Shapes a table already read (e.g. after the user confirmed a suggested mapping).
     *
     * @throws io.salescast.ingest.ImportException when the mapping does not fit
     */
    public static Outcome shape(ImportResult read, ColumnMapping mapping, PanelOptions panelOptions,
                                ProgressListener progress, CancellationToken cancel) {
        RawTable table = read.table();
        ColumnMapping used = mapping;
        boolean wide = false;
        boolean dateAbsent = mapping.date() == null
                ? table.columns().stream().noneMatch(c -> c.type().isTemporal())
                : table.column(mapping.date()).isEmpty();
        if (dateAbsent && WideToLong.isWide(table)) {
            table = WideToLong.toLong(table, mapping.target());
            used = mapping.withDate(Columns.DS);
            wide = true;
        }
        PanelResult shaped = PanelBuilder.build(table, used, panelOptions, progress, cancel);
        return new Outcome(read, shaped, used, wide, read.report().then(shaped.report()));
    }
}
