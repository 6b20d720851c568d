package io.salescast.ingest;

import java.util.List;

/**
 * The first rows of a table as text with the inferred column types, for showing before the
 * user maps columns.
 *
 * @param columns   column names
 * @param types     inferred types, one per column
 * @param rows      first rows, each a list of cell texts (as {@link RawColumn#text(int)})
 * @param totalRows rows in the whole table
 */
public record Preview(List<String> columns, List<ColumnType> types, List<List<String>> rows, int totalRows) {

    /** Rows shown by default. */
    public static final int DEFAULT_ROWS = 20;

    /** Copies the lists. */
    public Preview {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Preview of a table. */
    public static Preview of(RawTable table, int rows) {
        return new Preview(table.columnNames(), table.columnTypes(), table.head(rows), table.rowCount());
    }
}
