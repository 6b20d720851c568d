package io.salescast.series;

import io.salescast.ingest.RawColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each row to a series index from one or several key columns. One text key column (the
 * common case) is a plain array lookup by dictionary code; several or non-text keys join their
 * texts with {@link ColumnMapping#KEY_SEPARATOR}.
 */
final class SeriesKeys {

    private final List<RawColumn> keys;
    private final int[] byCode;
    private final Map<String, Integer> byText = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final StringBuilder sb = new StringBuilder();

    SeriesKeys(List<RawColumn> keys) {
        this.keys = List.copyOf(keys);
        if (keys.size() == 1 && keys.get(0).type().isText()) {
            byCode = new int[keys.get(0).distinctCount()];
            Arrays.fill(byCode, -1);
        } else {
            byCode = null;
        }
    }

    /** Series index of a row, or -1 when a key is empty. */
    int index(int row) {
        if (keys.isEmpty()) {
            return id(ColumnMapping.SINGLE_SERIES_ID);
        }
        if (byCode != null) {
            int c = keys.get(0).code(row);
            if (c < 0) {
                return -1;
            }
            int s = byCode[c];
            if (s < 0) {
                s = id(keys.get(0).text(row));
                byCode[c] = s;
            }
            return s;
        }
        sb.setLength(0);
        for (int k = 0; k < keys.size(); k++) {
            String t = keys.get(k).text(row);
            if (t.isEmpty()) {
                return -1;
            }
            if (k > 0) {
                sb.append(ColumnMapping.KEY_SEPARATOR);
            }
            sb.append(t);
        }
        return id(sb.toString());
    }

    private int id(String text) {
        Integer s = byText.get(text);
        if (s == null) {
            s = ids.size();
            byText.put(text, s);
            ids.add(text);
        }
        return s;
    }

    /** The unique_id of each series index. */
    List<String> ids() {
        return ids;
    }
}
