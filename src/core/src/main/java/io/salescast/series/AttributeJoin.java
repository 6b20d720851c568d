package io.salescast.series;

import io.salescast.core.Location;
import io.salescast.ingest.ImportException;
import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joins a separate attribute table (a Products sheet beside the daily sales, or another file) to
 * the series of a panel. Each series key of the sales mapping may be matched by one column of the
 * attribute table; by default the column of the same name. A table keyed by {@code sku} thus also
 * serves series keyed by {@code store + sku}. Rows repeating a key with the same values are
 * harmless; rows repeating a key with other values, a missing key column or a table that matches
 * no product at all are errors naming the file, sheet, row and column. Products without a row and
 * rows without a product are reported as problems, never guessed.
 */
public final class AttributeJoin {

    /** Example keys shown in messages. */
    static final int EXAMPLES = 3;

    private AttributeJoin() {
    }

    /**
     * What a join produced.
     *
     * @param attributes        the attributes of the matched series (names in table order)
     * @param keys              series key column to attribute table column, as used
     * @param products          series in the panel
     * @param matched           series with a row
     * @param withoutRow        series without a row (all of them, in panel order)
     * @param rows              rows of the attribute table
     * @param unmatchedRows     1-based source rows whose key matches no series
     * @param repeatedRows      rows repeating an earlier row's key and values (ignored)
     * @param report            the problems found (products without a row, rows without a product or key)
     */
    public record Result(StaticAttributes attributes, Map<String, String> keys, int products, int matched,
                         List<String> withoutRow, int rows, List<Long> unmatchedRows, int repeatedRows, ImportReport report) {

        /** Copies. */
        public Result {
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            withoutRow = List.copyOf(withoutRow);
            unmatchedRows = List.copyOf(unmatchedRows);
        }

        /** One or two sentences for the user, e.g. "200 of 200 products matched by sku; 6 attributes: ...". */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%,d of %,d products matched by %s", matched, products, String.join(" + ", keys.values())));
            if (!withoutRow.isEmpty()) {
                sb.append("; ").append(count(withoutRow.size(), "product has", "products have")).append(" no attributes row (")
                        .append(examples(withoutRow)).append(')');
            }
            if (!unmatchedRows.isEmpty()) {
                sb.append("; ").append(count(unmatchedRows.size(), "row matches", "rows match")).append(" no product");
            }
            if (repeatedRows > 0) {
                sb.append("; ").append(count(repeatedRows, "repeated row", "repeated rows")).append(" ignored");
            }
            List<String> names = attributes.names();
            sb.append(". ").append(count(names.size(), "attribute", "attributes")).append(": ").append(String.join(", ", names)).append('.');
            return sb.toString();
        }
    }

    /**
     * The default key columns: for each series key, the attribute table column of the same name
     * (ignoring case and surrounding spaces), when there is one.
     */
    public static Map<String, String> defaultKeys(List<String> tableColumns, List<String> seriesKeys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : seriesKeys) {
            tableColumns.stream().filter(c -> c.equals(k)).findFirst()
                    .or(() -> tableColumns.stream().filter(c -> c.trim().equalsIgnoreCase(k.trim())).findFirst())
                    .ifPresent(c -> out.put(k, c));
        }
        return out;
    }

    /**
     * Joins the attribute table to the series.
     *
     * @param table      the attribute table
     * @param seriesKeys the sales mapping's series key columns, in order (they make the unique_id)
     * @param keys       series key column to attribute table column; empty = {@link #defaultKeys}
     * @param columns    attribute columns to take; empty = every column that is not a key
     * @param ids        the unique_ids of the series
     * @throws ImportException when a column is missing, a key repeats with other values, or nothing matches
     */
    public static Result join(RawTable table, List<String> seriesKeys, Map<String, String> keys, List<String> columns, List<String> ids) {
        if (seriesKeys.isEmpty()) {
            throw error(ImportException.Reason.BAD_MAPPING, table, 0, null,
                    "The sales are one single series (no product column), so product attributes cannot be matched to them.",
                    "Mark the product column of the sales (sku...) as a series key, or leave the product attributes out.");
        }
        Map<String, String> used = keys == null || keys.isEmpty() ? defaultKeys(table.columnNames(), seriesKeys) : keys;
        if (used.isEmpty()) {
            throw error(ImportException.Reason.BAD_MAPPING, table, 0, null,
                    "The attribute table has no column " + quoted(seriesKeys).replace(", ", " or ") + " to match the series.",
                    "Its columns are: " + String.join(", ", table.columnNames()) + ". Choose the column that holds the product codes.");
        }
        List<Integer> positions = new ArrayList<>();
        List<RawColumn> keyCols = new ArrayList<>();
        Map<String, String> resolved = new LinkedHashMap<>();
        for (int i = 0; i < seriesKeys.size(); i++) {
            String col = used.get(seriesKeys.get(i));
            if (col != null) {
                positions.add(i);
                RawColumn rc = column(table, col, "key");
                keyCols.add(rc);
                resolved.put(seriesKeys.get(i), rc.name());
            }
        }
        if (keyCols.size() != used.size()) {
            throw new IllegalArgumentException("keys name series columns that are not series keys: " + used.keySet() + " vs " + seriesKeys);
        }
        List<RawColumn> attrCols = new ArrayList<>();
        if (columns == null || columns.isEmpty()) {
            table.columns().stream().filter(c -> !keyCols.contains(c)).forEach(attrCols::add);
        } else {
            for (String c : columns) {
                RawColumn rc = column(table, c, "attribute");
                if (keyCols.contains(rc)) {
                    throw error(ImportException.Reason.BAD_MAPPING, table, 0, rc.name(),
                            "Column \"" + rc.name() + "\" is the key of the attribute table and cannot be an attribute too.",
                            "Leave it out of the attributes.");
                }
                attrCols.add(rc);
            }
        }
        if (attrCols.isEmpty()) {
            throw error(ImportException.Reason.BAD_MAPPING, table, 0, null, "The attribute table has no columns besides its key.",
                    "Choose a table with product attributes (category, brand...) next to the product code.");
        }
        return match(table, keyCols, attrCols, rowsByKey(table, keyCols, attrCols), positions, seriesKeys.size(), resolved, ids);
    }

    /** Rows of the table by key, checked for conflicting repeats. */
    private static Rows rowsByKey(RawTable table, List<RawColumn> keyCols, List<RawColumn> attrCols) {
        Rows out = new Rows();
        StringBuilder sb = new StringBuilder();
        int conflicts = 0;
        String firstConflict = null;
        for (int r = 0; r < table.rowCount(); r++) {
            String key = key(keyCols, r, sb);
            if (key == null) {
                out.withoutKey.add((long) table.sourceRow(r));
                continue;
            }
            String[] values = new String[attrCols.size()];
            for (int a = 0; a < values.length; a++) {
                RawColumn c = attrCols.get(a);
                String v = c.isMissing(r) ? "" : c.text(r).trim();
                values[a] = v.isEmpty() ? null : v;
            }
            Integer earlier = out.rowOf.get(key);
            if (earlier == null) {
                out.rowOf.put(key, r);
                out.values.put(key, values);
            } else if (Arrays.equals(out.values.get(key), values)) {
                out.repeated++;
            } else if (conflicts++ == 0) {
                int col = 0;
                while (col < values.length && java.util.Objects.equals(values[col], out.values.get(key)[col])) {
                    col++;
                }
                firstConflict = "Product \"" + key + "\" has two rows with different attributes (rows " + table.sourceRow(earlier)
                        + " and " + table.sourceRow(r) + "; " + attrCols.get(col).name() + ": \"" + nz(out.values.get(key)[col])
                        + "\" and \"" + nz(values[col]) + "\").";
                out.conflictRow = table.sourceRow(r);
            }
        }
        if (conflicts > 0) {
            throw error(ImportException.Reason.DUPLICATE_KEY, table, out.conflictRow, keyCols.get(0).name(),
                    firstConflict + (conflicts > 1 ? " " + conflicts + " rows repeat a product with other values." : ""),
                    "Keep one row per product in the attribute table, or choose key columns that tell the rows apart.");
        }
        return out;
    }

    private static Result match(RawTable table, List<RawColumn> keyCols, List<RawColumn> attrCols, Rows rows, List<Integer> positions,
                                int keyCount, Map<String, String> used, List<String> ids) {
        Map<String, String[]> byId = new LinkedHashMap<>();
        List<String> withoutRow = new ArrayList<>();
        Map<String, Boolean> usedKeys = new HashMap<>();
        for (String id : ids) {
            String key = keyOf(id, positions, keyCount);
            String[] v = key == null ? null : rows.values.get(key);
            if (v == null) {
                withoutRow.add(id);
            } else {
                byId.put(id, v);
                usedKeys.put(key, Boolean.TRUE);
            }
        }
        if (byId.isEmpty() && !ids.isEmpty()) {
            String col = keyCols.stream().map(RawColumn::name).collect(Collectors.joining(" + "));
            throw error(ImportException.Reason.NO_MATCH, table, 0, keyCols.get(0).name(),
                    "None of the " + ids.size() + " products matches a row of the attribute table by " + col + ".",
                    rows.values.isEmpty() ? "The key column is empty. Choose the column that holds the product codes."
                            : "The sales have keys such as " + examples(ids.stream().map(i -> keyOf(i, positions, keyCount)).toList())
                            + "; the attribute table has " + examples(List.copyOf(rows.values.keySet()))
                            + ". Choose the key column that holds the same codes as the sales.");
        }
        List<Long> unmatched = new ArrayList<>();
        rows.rowOf.forEach((key, r) -> {
            if (!usedKeys.containsKey(key)) {
                unmatched.add((long) table.sourceRow(r));
            }
        });
        Collections.sort(unmatched);
        List<ImportProblem> problems = new ArrayList<>();
        Location where = new Location(table.file(), table.sheet(), 0, null);
        if (!withoutRow.isEmpty()) {
            problems.add(new ImportProblem(Severity.WARNING, ProblemKind.ATTRIBUTES_MISSING, count(withoutRow.size(), "product has",
                    "products have") + " no row in the attribute table (" + examples(withoutRow) + "); their attributes are unknown.",
                    where, withoutRow.size(), List.of()));
        }
        if (!unmatched.isEmpty()) {
            problems.add(new ImportProblem(Severity.INFO, ProblemKind.ATTRIBUTES_UNMATCHED, count(unmatched.size(), "row of the attribute"
                    + " table matches", "rows of the attribute table match") + " no product of the sales; not used.", where,
                    unmatched.size(), unmatched.subList(0, Math.min(ImportProblem.MAX_ROWS, unmatched.size()))));
        }
        if (!rows.withoutKey.isEmpty()) {
            problems.add(new ImportProblem(Severity.WARNING, ProblemKind.MISSING_KEY, "Attribute row without a product key; not used.",
                    new Location(table.file(), table.sheet(), rows.withoutKey.get(0), keyCols.get(0).name()), rows.withoutKey.size(),
                    rows.withoutKey.subList(0, Math.min(ImportProblem.MAX_ROWS, rows.withoutKey.size()))));
        }
        ImportReport report = new ImportReport(table.file(), table.sheet(), table.rowCount(), usedKeys.size(),
                rows.withoutKey.size(), 0, 0, problems);
        StaticAttributes attributes = new StaticAttributes(attrCols.stream().map(RawColumn::name).toList(), byId);
        return new Result(attributes, used, ids.size(), byId.size(), withoutRow, table.rowCount(), unmatched, rows.repeated, report);
    }

    /** The part of a unique_id made by the key columns at {@code positions}, or null when it cannot be told. */
    static String keyOf(String id, List<Integer> positions, int keyCount) {
        if (positions.size() == keyCount) {
            return id;
        }
        String[] parts = id.split(java.util.regex.Pattern.quote(ColumnMapping.KEY_SEPARATOR), -1);
        if (parts.length != keyCount) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int p : positions) {
            sb.append(sb.isEmpty() ? "" : ColumnMapping.KEY_SEPARATOR).append(parts[p]);
        }
        return sb.toString();
    }

    private static String key(List<RawColumn> keyCols, int r, StringBuilder sb) {
        sb.setLength(0);
        for (int k = 0; k < keyCols.size(); k++) {
            String v = keyCols.get(k).isMissing(r) ? "" : keyCols.get(k).text(r).trim();
            if (v.isEmpty()) {
                return null;
            }
            sb.append(k == 0 ? "" : ColumnMapping.KEY_SEPARATOR).append(v);
        }
        return sb.toString();
    }

    private static RawColumn column(RawTable table, String name, String role) {
        return table.column(name).orElseThrow(() -> error(ImportException.Reason.BAD_MAPPING, table, 0, name,
                "The attribute table has no " + role + " column \"" + name + "\".",
                "Its columns are: " + String.join(", ", table.columnNames()) + ". Choose one of them."));
    }

    private static ImportException error(ImportException.Reason reason, RawTable table, long row, String column, String message,
                                         String hint) {
        return new ImportException(reason, message, hint, new Location(table.file(), table.sheet(), row, column), null);
    }

    private static String examples(List<String> values) {
        String s = values.stream().filter(java.util.Objects::nonNull).limit(EXAMPLES).map(v -> "\"" + v + "\"")
                .collect(Collectors.joining(", "));
        return values.size() > EXAMPLES ? s + "…" : s;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Rows of the attribute table by key. */
    private static final class Rows {
        final Map<String, Integer> rowOf = new LinkedHashMap<>();
        final Map<String, String[]> values = new HashMap<>();
        final List<Long> withoutKey = new ArrayList<>();
        int repeated;
        long conflictRow;
    }
}
