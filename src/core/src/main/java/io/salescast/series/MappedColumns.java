package io.salescast.series;

import io.salescast.core.Location;
import io.salescast.ingest.ColumnType;
import io.salescast.ingest.ImportException;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a {@link ColumnMapping} looked up in a table and checked: the date column must
 * hold dates, the target and covariates numbers. Mistakes raise an {@link ImportException}
 * naming the column and the columns available.
 */
record MappedColumns(RawColumn date, RawColumn target, List<RawColumn> keys, List<RawColumn> covariates,
                     List<RawColumn> statics) {

    static MappedColumns resolve(RawTable table, ColumnMapping m) {
        RawColumn date = m.date() == null ? firstDateColumn(table) : column(table, m.date(), "date");
        if (!date.type().isTemporal()) {
            throw new ImportException(ImportException.Reason.NO_DATE_COLUMN, "Column \"" + date.name() + "\" does not hold dates (it holds "
                    + describe(date.type()) + ").", "Choose the column with the dates, or set the date format if the dates were not recognised.",
                    where(table, date.name()), null);
        }
        RawColumn target = numeric(table, column(table, m.target(), "target"), "target");
        List<RawColumn> keys = new ArrayList<>();
        for (String k : m.seriesKeys()) {
            keys.add(column(table, k, "series key"));
        }
        List<RawColumn> covs = new ArrayList<>();
        for (String c : m.covariates()) {
            covs.add(numeric(table, column(table, c, "covariate"), "covariate"));
        }
        List<RawColumn> statics = new ArrayList<>();
        for (String c : m.staticAttributes()) {
            statics.add(column(table, c, "attribute"));
        }
        return new MappedColumns(date, target, keys, covs, statics);
    }

    /** Accumulators: the target first, then the covariates in mapping order. */
    List<ColumnAccumulator> accumulators(PanelOptions options) {
        List<ColumnAccumulator> out = new ArrayList<>();
        Aggregation ta = options.aggregation(target.name(), target.type(), true);
        out.add(new ColumnAccumulator(target, ta, options.fill(target.name(), ta, true), true));
        for (RawColumn c : covariates) {
            Aggregation a = options.aggregation(c.name(), c.type(), false);
            out.add(new ColumnAccumulator(c, a, options.fill(c.name(), a, false), false));
        }
        return out;
    }

    private static RawColumn firstDateColumn(RawTable table) {
        for (RawColumn c : table.columns()) {
            if (c.type().isTemporal()) {
                return c;
            }
        }
        throw new ImportException(ImportException.Reason.NO_DATE_COLUMN, "No column holds dates, so sales cannot be placed in time.",
                "Check that the sheet has a date column; if its dates were not recognised, set the date format (e.g. dd/MM/yyyy). Columns: "
                        + String.join(", ", table.columnNames()) + ".", where(table, null), null);
    }

    private static RawColumn column(RawTable table, String name, String role) {
        return table.column(name).orElseThrow(() -> new ImportException(ImportException.Reason.BAD_MAPPING,
                "There is no column \"" + name + "\" (chosen as " + role + ").",
                "The columns are: " + String.join(", ", table.columnNames()) + ".", where(table, null), null));
    }

    private static RawColumn numeric(RawTable table, RawColumn c, String role) {
        if (!c.type().isNumeric()) {
            throw new ImportException(ImportException.Reason.BAD_MAPPING, "Column \"" + c.name() + "\" holds " + describe(c.type())
                    + ", but the " + role + " must be numbers.",
                    "target".equals(role) ? "Choose the column with the units sold."
                            : "Use text columns as static attributes, or leave them out.", where(table, c.name()), null);
        }
        return c;
    }

    private static String describe(ColumnType t) {
        return switch (t) {
            case DATE, DATETIME -> "dates";
            case INTEGER, DECIMAL -> "numbers";
            case BOOLEAN -> "yes/no values";
            case CATEGORY, TEXT -> "text";
        };
    }

    private static Location where(RawTable table, String column) {
        return new Location(table.file(), table.sheet(), 0, column);
    }
}
