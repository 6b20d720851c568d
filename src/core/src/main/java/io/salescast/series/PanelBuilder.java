package io.salescast.series;

import io.salescast.core.CancellationToken;
import io.salescast.core.Location;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ImportException;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ProblemCollector;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.Severity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Shapes a {@link RawTable} into a {@link SalesPanel}: rows map to series by their key columns
 * and to periods of the chosen (or detected) frequency; rows sharing a series and period combine
 * by each column's aggregation (or by the {@link DuplicatePolicy}); periods without rows are
 * filled by each column's rule; static attributes are gathered per series. Everything notable
 * goes into the report. Rows without a date or key are skipped and listed, never silently.
 */
public final class PanelBuilder {

    private static final int CANCEL_EVERY = 1 << 16;

    private PanelBuilder() {
    }

    /** Builds with default progress and cancellation. */
    public static PanelResult build(RawTable table, ColumnMapping mapping, PanelOptions options) {
        return build(table, mapping, options, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * Builds a panel.
     *
     * @throws ImportException when the mapping does not fit the table (missing or mistyped
     *                         columns, no usable date column, duplicates with policy REJECT)
     */
    public static PanelResult build(RawTable table, ColumnMapping mapping, PanelOptions options,
                                    ProgressListener progress, CancellationToken cancel) {
        MappedColumns cols = MappedColumns.resolve(table, mapping);
        ProblemCollector problems = new ProblemCollector(table.file(), table.sheet());
        Frequency frequency = options.frequency();
        FrequencyDetector.Detected detected = frequency == null || (frequency == Frequency.WEEKLY && options.weekStart() == null)
                ? FrequencyDetector.detect(cols.date()) : null;
        boolean wasDetected = frequency == null;
        if (frequency == null) {
            frequency = detected.frequency();
            if (detected.distinct() < 3) {
                problems.add(Severity.WARNING, ProblemKind.FORMAT_GUESSED, cols.date().name(), 0,
                        "Too few distinct dates to tell the frequency; daily was assumed");
            }
        }
        DayOfWeek weekStart = options.weekStart() != null ? options.weekStart()
                : detected != null && detected.weekday() != null ? detected.weekday() : DayOfWeek.MONDAY;
        PeriodIndex periods = new PeriodIndex(frequency, weekStart);
        int n = table.rowCount();
        int[] rowSeries = new int[n];
        int[] rowPeriod = new int[n];
        SeriesKeys keys = new SeriesKeys(cols.keys());
        long skipped = assign(table, cols, periods, keys, rowSeries, rowPeriod, problems, cancel);
        progress.progress("shape", 0.3, "");
        int seriesCount = keys.ids().size();
        if (seriesCount == 0) {
            throw new ImportException(ImportException.Reason.NO_DATA_ROWS, "No row has both a date and a series key, so there is nothing to forecast.",
                    "Check the date and key columns chosen.", new Location(table.file(), table.sheet(), 0, cols.date().name()), null);
        }
        PanelLayout layout = PanelLayout.of(rowSeries, rowPeriod, seriesCount, options.alignEnd());
        List<ColumnAccumulator> accs = cols.accumulators(options);
        for (ColumnAccumulator a : accs) {
            a.allocate(layout.lengths());
        }
        Selection sel = Selection.of(rowSeries, rowPeriod, layout, options.duplicates());
        reportDuplicates(table, sel, n - skipped, options.duplicates(), accs, problems);
        RawColumn date = cols.date();
        for (int r = 0; r < n; r++) {
            int s = rowSeries[r];
            if (s < 0 || !sel.keep(r)) {
                continue;
            }
            int t = rowPeriod[r] - layout.first()[s];
            long time = date.epochSecond(r);
            for (ColumnAccumulator a : accs) {
                a.add(s, t, r, time);
            }
            if ((r & (CANCEL_EVERY - 1)) == 0) {
                cancel.throwIfCancelled();
            }
        }
        progress.progress("shape", 0.7, "");
        SalesPanel panel = assemble(keys.ids(), layout, accs, periods, frequency,
                StaticCollector.collect(table, cols.statics(), cols.date(), rowSeries, keys.ids(), problems), problems);
        long filled = problems.count(ProblemKind.PERIODS_FILLED);
        ImportReport report = new ImportReport(table.file(), table.sheet(), n, n - skipped, skipped, 0, filled, problems.problems());
        progress.progress("shape", 1.0, "");
        return new PanelResult(panel, report, frequency, frequency == Frequency.WEEKLY ? weekStart : null, wasDetected);
    }

    /** Pass over rows: series and period of each, skipping rows without a date or key. */
    private static long assign(RawTable table, MappedColumns cols, PeriodIndex periods, SeriesKeys keys,
                               int[] rowSeries, int[] rowPeriod, ProblemCollector problems, CancellationToken cancel) {
        RawColumn date = cols.date();
        RawColumn target = cols.target();
        long skipped = 0;
        long negative = 0;
        for (int r = 0; r < rowSeries.length; r++) {
            if ((r & (CANCEL_EVERY - 1)) == 0) {
                cancel.throwIfCancelled();
            }
            if (date.isMissing(r)) {
                rowSeries[r] = -1;
                skipped++;
                problems.add(Severity.ERROR, ProblemKind.MISSING_DATE, date.name(), table.sourceRow(r),
                        date.isInvalid(r) ? "Rows whose date could not be read were skipped (first: '" + date.invalidText(r) + "')"
                                : "Rows without a date were skipped");
                continue;
            }
            int s = keys.index(r);
            if (s < 0) {
                rowSeries[r] = -1;
                skipped++;
                problems.add(Severity.ERROR, ProblemKind.MISSING_KEY, cols.keys().get(0).name(), table.sourceRow(r),
                        "Rows without a series key were skipped");
                continue;
            }
            rowSeries[r] = s;
            rowPeriod[r] = periods.ordinal(date.epochDay(r));
            double y = target.number(r);
            if (Double.isNaN(y)) {
                problems.add(Severity.ERROR, ProblemKind.MISSING_VALUE, target.name(), table.sourceRow(r),
                        target.isInvalid(r) ? "Rows whose value could not be read; their periods are left missing, not zero"
                                : "Rows without a value; their periods are left missing, not zero");
            } else if (y < 0) {
                negative++;
                problems.add(Severity.WARNING, ProblemKind.NEGATIVE_VALUE, target.name(), table.sourceRow(r),
                        "Negative values (returns?) were kept as they are");
            }
        }
        return skipped;
    }

    private static void reportDuplicates(RawTable table, Selection sel, long used, DuplicatePolicy policy,
                                         List<ColumnAccumulator> accs, ProblemCollector problems) {
        if (sel.duplicateRows == 0) {
            return;
        }
        if (policy == DuplicatePolicy.REJECT) {
            throw new ImportException(ImportException.Reason.BAD_MAPPING, sel.duplicateRows
                    + " rows repeat a series and period of an earlier row (first: row " + table.sourceRow(sel.firstDuplicate) + ").",
                    "Remove the duplicates, or choose to combine them (sum) or keep the first or last.",
                    new Location(table.file(), table.sheet(), table.sourceRow(sel.firstDuplicate), null), null);
        }
        // a few duplicates in one-row-per-period data look accidental; many are order lines
        Severity sev = sel.duplicateRows < 0.05 * used ? Severity.WARNING : Severity.INFO;
        String how = switch (policy) {
            case COMBINE -> "were combined with it (" + String.join(", ", accs.stream()
                    .map(a -> a.name + " " + a.aggregation.name().toLowerCase(java.util.Locale.ROOT)).toList()) + ")";
            case KEEP_FIRST -> "were ignored (the first row was kept)";
            case KEEP_LAST -> "replaced it (the last row was kept)";
            case REJECT -> throw new IllegalStateException();
        };
        problems.addCount(sev, ProblemKind.DUPLICATE_PERIOD, null, table.sourceRow(sel.firstDuplicate), sel.duplicateRows,
                "Rows falling in the same series and period as an earlier row " + how);
    }

    private static SalesPanel assemble(List<String> ids, PanelLayout layout, List<ColumnAccumulator> accs, PeriodIndex periods,
                                       Frequency frequency, StaticAttributes attributes, ProblemCollector problems) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(ids::get));
        List<String> covNames = accs.subList(1, accs.size()).stream().map(a -> a.name).toList();
        List<SalesSeries> series = new ArrayList<>(ids.size());
        long[] filled = new long[accs.size()];
        long[] missing = new long[1];
        for (int s : order) {
            double[][] values = new double[accs.size()][];
            for (int k = 0; k < accs.size(); k++) {
                long[] f = new long[1];
                values[k] = accs.get(k).finish(s, f, k == 0 ? missing : new long[1]);
                filled[k] += f[0];
            }
            series.add(new SalesSeries(ids.get(s), periods.label(layout.first()[s]), values[0],
                    Arrays.copyOfRange(values, 1, values.length)));
        }
        for (int k = 0; k < accs.size(); k++) {
            ColumnAccumulator a = accs.get(k);
            if (filled[k] > 0) {
                problems.addCount(Severity.INFO, ProblemKind.PERIODS_FILLED, a.name, 0, filled[k],
                        "Periods without any row were filled: " + switch (a.fill) {
                            case ZERO -> "zero";
                            case FORWARD -> "the last known value carried forward";
                            case MISSING -> "left missing";
                        });
            }
        }
        return new SalesPanel(frequency, covNames, series, attributes);
    }
}
