package io.salescast.series;

import io.salescast.ingest.ColumnType;
import io.salescast.ingest.DateLabels;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a wide sheet (one row per product, one column per week or month) into long format: one
 * row per product and period with the identifying columns, a {@code ds} date column and a value
 * column. Blank cells give no row (the period is then filled like any period without sales);
 * cells that are not numbers are kept as invalid cells so the shaping step reports them.
 */
public final class WideToLong {

    /** At least this many period columns make a sheet wide. */
    public static final int MIN_PERIOD_COLUMNS = 2;

    private WideToLong() {
    }

    /** Columns whose header names a period (directly or after a merged group header), with their dates. */
    public static Map<String, LocalDate> periodColumns(RawTable table) {
        List<String> names = table.columnNames();
        List<LocalDate> dates = DateLabels.parse(names.stream().map(DateLabels::lastLevel).toList());
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (dates.get(i) != null) {
                out.put(names.get(i), dates.get(i));
            }
        }
        return out;
    }

    /** Whether the table looks wide (at least {@link #MIN_PERIOD_COLUMNS} period columns). */
    public static boolean isWide(RawTable table) {
        return periodColumns(table).size() >= MIN_PERIOD_COLUMNS;
    }

    /**
     * The long form of a wide table.
     *
     * @param table     the wide table
     * @param valueName name of the value column in the result (e.g. "units")
     * @return a table with the non-period columns, {@link Columns#DS} and {@code valueName}
     */
    public static RawTable toLong(RawTable table, String valueName) {
        Map<String, LocalDate> periods = periodColumns(table);
        if (periods.size() < MIN_PERIOD_COLUMNS) {
            throw new IllegalArgumentException("not a wide table: fewer than " + MIN_PERIOD_COLUMNS + " period columns");
        }
        List<RawColumn> ids = table.columns().stream().filter(c -> !periods.containsKey(c.name())).toList();
        List<RawColumn> values = table.columns().stream().filter(c -> periods.containsKey(c.name())).toList();
        int cap = table.rowCount() * values.size();
        int[] srcRow = new int[cap];
        int[] src = new int[cap];
        long[] ds = new long[cap];
        double[] v = new double[cap];
        Map<Integer, String> invalid = new HashMap<>();
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            for (RawColumn c : values) {
                boolean numeric = c.type().isNumeric();
                boolean blank = numeric ? c.isMissing(r) && !c.isInvalid(r) : c.text(r).isEmpty();
                if (blank) {
                    continue;
                }
                src[n] = table.sourceRow(r);
                srcRow[n] = r;
                ds[n] = periods.get(c.name()).toEpochDay() * 86_400L;
                v[n] = numeric ? c.number(r) : Double.NaN;
                if (!numeric || c.isInvalid(r)) {
                    invalid.put(n, c.text(r));
                }
                n++;
            }
        }
        int[] rows = Arrays.copyOf(srcRow, n);
        List<RawColumn> out = new ArrayList<>();
        RawTable idPart = table.withColumns(ids, table.sourceRows()).select(rows);
        out.addAll(idPart.columns());
        out.add(RawColumn.temporal(Columns.DS, ColumnType.DATE, Arrays.copyOf(ds, n), n, Map.of()));
        boolean integral = true;
        for (int i = 0; i < n; i++) {
            integral &= Double.isNaN(v[i]) || v[i] == Math.rint(v[i]);
        }
        out.add(RawColumn.numeric(valueName, integral ? ColumnType.INTEGER : ColumnType.DECIMAL, Arrays.copyOf(v, n), n, invalid));
        return table.withColumns(out, Arrays.copyOf(src, n));
    }
}
