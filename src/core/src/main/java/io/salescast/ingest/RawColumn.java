package io.salescast.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One column of a {@link RawTable}, stored compactly by type: numbers and yes/no values as a
 * {@code double[]} (NaN = empty), dates as epoch seconds of the local date-time in a
 * {@code long[]}, text dictionary-encoded (an {@code int[]} of codes into distinct values).
 * Cells that could not be read as the column's type are empty in the typed storage and keep
 * their original text in {@link #invalidText(int)}: nothing is silently lost. Immutable.
 */
public final class RawColumn {

    /** Marker of an empty date cell in {@link #epochSeconds()}. */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final String name;
    private final ColumnType type;
    private final int size;
    private final double[] numbers;
    private final long[] times;
    private final int[] codes;
    private final String[] dictionary;
    private final Map<Integer, String> invalid;

    private RawColumn(String name, ColumnType type, int size, double[] numbers, long[] times, int[] codes,
                      String[] dictionary, Map<Integer, String> invalid) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.size = size;
        this.numbers = numbers;
        this.times = times;
        this.codes = codes;
        this.dictionary = dictionary;
        this.invalid = Map.copyOf(invalid);
    }

    /**
     * A number or yes/no column.
     *
     * @param name    header
     * @param type    INTEGER, DECIMAL or BOOLEAN
     * @param values  values (NaN = empty); the first {@code size} are used and the array is owned by the column
     * @param size    number of rows
     * @param invalid original text of invalid cells by row
     */
    public static RawColumn numeric(String name, ColumnType type, double[] values, int size, Map<Integer, String> invalid) {
        return new RawColumn(name, type, size, values, null, null, null, invalid);
    }

    /** A DATE or DATETIME column of epoch seconds ({@link #NO_TIME} = empty); see {@link #numeric}. */
    public static RawColumn temporal(String name, ColumnType type, long[] values, int size, Map<Integer, String> invalid) {
        return new RawColumn(name, type, size, null, values, null, null, invalid);
    }

    /** A CATEGORY or TEXT column of codes (-1 = empty) into a dictionary of distinct values. */
    public static RawColumn text(String name, ColumnType type, int[] codes, int size, String[] dictionary,
                                 Map<Integer, String> invalid) {
        return new RawColumn(name, type, size, null, null, codes, dictionary, invalid);
    }

    /** Column name (header). */
    public String name() {
        return name;
    }

    /** Column type. */
    public ColumnType type() {
        return type;
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** Whether the cell is empty (blank in the file, or invalid). */
    public boolean isMissing(int row) {
        if (numbers != null) {
            return Double.isNaN(numbers[row]);
        }
        if (times != null) {
            return times[row] == NO_TIME;
        }
        return codes[row] < 0;
    }

    /** Whether the cell had a value that could not be read as the column's type. */
    public boolean isInvalid(int row) {
        return !invalid.isEmpty() && invalid.containsKey(row);
    }

    /** Original text of an invalid cell, or null. */
    public String invalidText(int row) {
        return invalid.get(row);
    }

    /** Number of invalid cells. */
    public int invalidCount() {
        return invalid.size();
    }

    /** Numeric value (NaN when empty or not numeric); yes/no values are 1/0. */
    public double number(int row) {
        return numbers == null ? Double.NaN : numbers[row];
    }

    /** Epoch seconds of the local date-time ({@link #NO_TIME} when empty or not a date column). */
    public long epochSecond(int row) {
        return times == null ? NO_TIME : times[row];
    }

    /** Epoch day (days since 1970-01-01) of a date cell; requires a non-empty date cell. */
    public long epochDay(int row) {
        return Math.floorDiv(times[row], 86_400L);
    }

    /** Date of a date cell, or null. */
    public LocalDate date(int row) {
        long t = epochSecond(row);
        return t == NO_TIME ? null : LocalDate.ofEpochDay(Math.floorDiv(t, 86_400L));
    }

    /** Dictionary code of a text cell (-1 when empty or not a text column). */
    public int code(int row) {
        return codes == null ? -1 : codes[row];
    }

    /** Distinct values of a text column, indexed by code (empty for other types). */
    public String[] dictionary() {
        return dictionary == null ? new String[0] : dictionary.clone();
    }

    /** Number of distinct values of a text column. */
    public int distinctCount() {
        return dictionary == null ? 0 : dictionary.length;
    }

    /** Copy of the values of a numeric column (NaN = empty). */
    public double[] numbers() {
        return numbers == null ? null : Arrays.copyOf(numbers, size);
    }

    /** Copy of the epoch seconds of a date column. */
    public long[] epochSeconds() {
        return times == null ? null : Arrays.copyOf(times, size);
    }

    /**
     * The cell as text, the way Salescast writes it: integers without decimals, dates in ISO
     * form, invalid cells as their original text, empty cells as "".
     */
    public String text(int row) {
        if (codes != null) {
            int c = codes[row];
            return c >= 0 ? dictionary[c] : invalid.isEmpty() ? "" : invalid.getOrDefault(row, "");
        }
        String bad = invalid.isEmpty() ? null : invalid.get(row);
        if (bad != null) {
            return bad;
        }
        if (numbers != null) {
            return formatNumber(numbers[row]);
        }
        long t = times[row];
        if (t == NO_TIME) {
            return "";
        }
        LocalDateTime dt = LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC);
        return type == ColumnType.DATE ? dt.toLocalDate().toString() : dt.toString();
    }

    /** Shortest plain text of a number: 12, 12.5, 0.15; NaN as "". */
    public static String formatNumber(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A copy keeping only the given rows, in the given order. */
    RawColumn select(int[] rows) {
        java.util.HashMap<Integer, String> inv = new java.util.HashMap<>();
        if (!invalid.isEmpty()) {
            for (int i = 0; i < rows.length; i++) {
                String s = invalid.get(rows[i]);
                if (s != null) {
                    inv.put(i, s);
                }
            }
        }
        if (numbers != null) {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = numbers[rows[i]];
            }
            return numeric(name, type, v, rows.length, inv);
        }
        if (times != null) {
            long[] v = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = times[rows[i]];
            }
            return temporal(name, type, v, rows.length, inv);
        }
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = codes[rows[i]];
        }
        return text(name, type, c, rows.length, dictionary, inv);
    }
}
