package io.salescast.series;

import io.salescast.core.Location;
import io.salescast.ingest.ImportException;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Static attributes kept in their own table, such as a Products sheet beside the daily sales:
 * one row per series, keyed by the same column(s) as the sales, every other column an attribute
 * (dates in ISO form, numbers plainly). Later rows of a key repeated win.
 */
public final class AttributeTable {

    private AttributeTable() {
    }

    /**
     * Reads attributes from a table.
     *
     * @param table the attribute table
     * @param keys  key column names, in the order of the sales mapping's series keys
     * @throws ImportException when a key column is missing
     */
    public static StaticAttributes read(RawTable table, List<String> keys) {
        List<RawColumn> keyCols = new ArrayList<>();
        for (String k : keys) {
            keyCols.add(table.column(k).orElseThrow(() -> new ImportException(ImportException.Reason.BAD_MAPPING,
                    "The attribute table has no column \"" + k + "\" to match the series.",
                    "Its columns are: " + String.join(", ", table.columnNames()) + ".",
                    new Location(table.file(), table.sheet(), 0, null), null)));
        }
        List<RawColumn> attrs = table.columns().stream().filter(c -> !keyCols.contains(c)).toList();
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            StringBuilder id = new StringBuilder();
            boolean complete = true;
            for (int k = 0; k < keyCols.size(); k++) {
                String v = keyCols.get(k).text(r);
                complete &= !v.isEmpty();
                id.append(k == 0 ? "" : ColumnMapping.KEY_SEPARATOR).append(v);
            }
            if (!complete) {
                continue;
            }
            String[] values = new String[attrs.size()];
            for (int a = 0; a < values.length; a++) {
                String v = attrs.get(a).text(r);
                values[a] = v.isEmpty() ? null : v;
            }
            byId.put(id.toString(), values);
        }
        return new StaticAttributes(attrs.stream().map(RawColumn::name).toList(), byId);
    }

    /**
     * Both sets of attributes for the series of a panel: names of {@code first} then the new
     * names of {@code second}; where both know a value, {@code first}'s is kept.
     */
    public static StaticAttributes merge(StaticAttributes first, StaticAttributes second, List<String> ids) {
        LinkedHashSet<String> names = new LinkedHashSet<>(first.names());
        names.addAll(second.names());
        List<String> all = List.copyOf(names);
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (String id : ids) {
            String[] v = new String[all.size()];
            boolean any = false;
            for (int i = 0; i < v.length; i++) {
                String a = first.get(id, all.get(i));
                v[i] = a != null ? a : second.get(id, all.get(i));
                any |= v[i] != null;
            }
            if (any) {
                byId.put(id, v);
            }
        }
        return new StaticAttributes(all, byId);
    }
}
