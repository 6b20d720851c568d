package io.salescast.series;

import io.salescast.ingest.ProblemCollector;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the static attributes of each series: the value on the series' latest row that has
 * one. A series whose attribute changes over time is reported (its latest value is kept).
 */
final class StaticCollector {

    private StaticCollector() {
    }

    static StaticAttributes collect(RawTable table, List<RawColumn> statics, RawColumn date, int[] rowSeries,
                                    List<String> ids, ProblemCollector problems) {
        if (statics.isEmpty()) {
            return StaticAttributes.empty();
        }
        int n = ids.size();
        String[][] values = new String[n][statics.size()];
        for (int k = 0; k < statics.size(); k++) {
            RawColumn c = statics.get(k);
            long[] when = new long[n];
            boolean[] conflict = new boolean[n];
            int[] conflictRow = new int[n];
            for (int r = 0; r < rowSeries.length; r++) {
                int s = rowSeries[r];
                if (s < 0 || c.isMissing(r) && !c.isInvalid(r)) {
                    continue;
                }
                String v = c.text(r);
                long t = date.epochSecond(r);
                String cur = values[s][k];
                if (cur == null) {
                    values[s][k] = v;
                    when[s] = t;
                } else {
                    if (!cur.equals(v) && !conflict[s]) {
                        conflict[s] = true;
                        conflictRow[s] = table.sourceRow(r);
                    }
                    if (t >= when[s]) {
                        values[s][k] = v;
                        when[s] = t;
                    }
                }
            }
            for (int s = 0; s < n; s++) {
                if (conflict[s]) {
                    problems.add(Severity.WARNING, ProblemKind.ATTRIBUTE_CONFLICT, c.name(), conflictRow[s],
                            "Series with several values of this attribute over time; the latest was kept (first: " + ids.get(s) + ")");
                }
            }
        }
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            byId.put(ids.get(s), values[s]);
        }
        return new StaticAttributes(statics.stream().map(RawColumn::name).toList(), byId);
    }
}
