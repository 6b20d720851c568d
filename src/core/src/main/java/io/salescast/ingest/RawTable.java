package io.salescast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table read from a file, column by column, before it is shaped into series: named, typed
 * {@link RawColumn}s plus the source row number of every row (as the spreadsheet or text editor
 * shows it), so any later problem can point back to the file. Immutable.
 */
public final class RawTable {

    private final String file;
    private final String sheet;
    private final List<RawColumn> columns;
    private final int[] sourceRows;

    /**
     * @param file       file name as the user knows it
     * @param sheet      sheet name, or null for text files
     * @param columns    columns, all of the same size
     * @param sourceRows 1-based source row of each row
     */
    public RawTable(String file, String sheet, List<RawColumn> columns, int[] sourceRows) {
        this.file = file;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.sourceRows = sourceRows.clone();
        for (RawColumn c : this.columns) {
            if (c.size() != sourceRows.length) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, table " + sourceRows.length);
            }
        }
    }

    /** File name as the user knows it. */
    public String file() {
        return file;
    }

    /** Sheet name, or null for text files. */
    public String sheet() {
        return sheet;
    }

    /** Number of rows. */
    public int rowCount() {
        return sourceRows.length;
    }

    /** The columns in file order. */
    public List<RawColumn> columns() {
        return columns;
    }

    /** Column names in file order. */
    public List<String> columnNames() {
        return columns.stream().map(RawColumn::name).toList();
    }

    /** Column types in file order. */
    public List<ColumnType> columnTypes() {
        return columns.stream().map(RawColumn::type).toList();
    }

    /** A column by exact name, or (failing that) by case-insensitive, trimmed name. */
    public Optional<RawColumn> column(String name) {
        Objects.requireNonNull(name, "name");
        for (RawColumn c : columns) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        String n = name.trim();
        return columns.stream().filter(c -> c.name().trim().equalsIgnoreCase(n)).findFirst();
    }

    /** 1-based source row (spreadsheet row or text line) of table row {@code row}. */
    public int sourceRow(int row) {
        return sourceRows[row];
    }

    /** Copy of all source row numbers. */
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /** A table with the same rows and other columns (for derived tables such as wide-to-long). */
    public RawTable withColumns(List<RawColumn> newColumns, int[] newSourceRows) {
        return new RawTable(file, sheet, newColumns, newSourceRows);
    }

    /** A table keeping the given rows in the given order. */
    public RawTable select(int[] rows) {
        List<RawColumn> cols = new ArrayList<>(columns.size());
        for (RawColumn c : columns) {
            cols.add(c.select(rows));
        }
        int[] src = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            src[i] = sourceRows[rows[i]];
        }
        return new RawTable(file, sheet, cols, src);
    }

    /** The first rows as text (see {@link RawColumn#text(int)}), for previews. */
    public List<List<String>> head(int n) {
        int k = Math.min(n, rowCount());
        List<List<String>> out = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = columns.get(c).text(r);
            }
            out.add(Arrays.asList(row));
        }
        return out;
    }
}
