package io.salescast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first rows of a sheet exactly as they are in the file, before any header detection: for a
 * screen where the user points at the header row or sees why a file reads oddly.
 *
 * @param sheet      sheet name, or null for text files
 * @param rowNumbers 1-based row (or line) number of each row
 * @param cells      cell texts per row (blank cells as "")
 */
public record SheetRows(String sheet, List<Integer> rowNumbers, List<List<String>> cells) {

    /** Copies the lists. */
    public SheetRows {
        rowNumbers = List.copyOf(rowNumbers);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** Collects rows up to a limit. */
    static final class Collector implements RowSink {
        private final int limit;
        private final List<Integer> numbers = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        Collector(int limit) {
            this.limit = limit;
        }

        @Override
        public void row(int sourceRow, Object[] cells, int n) {
            if (full()) {
                return;
            }
            String[] texts = new String[n];
            for (int j = 0; j < n; j++) {
                texts[j] = cells[j] == null ? "" : CellTexts.asText(cells[j]);
            }
            numbers.add(sourceRow);
            rows.add(Arrays.asList(texts));
        }

        @Override
        public boolean full() {
            return rows.size() >= limit;
        }

        SheetRows result(String sheet) {
            return new SheetRows(sheet, numbers, rows);
        }
    }
}
