package io.salescast.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the header among the first rows: the first row made of labels (text or dates, no numbers)
 * that is at least half as wide as the widest row; rows above it (report titles, notes) are
 * skipped. A second header row below a header with gaps is merged into it, the way merged header
 * cells are laid out ("Units" over "W01", "W02" becomes "Units / W01", "Units / W02").
 */
final class HeaderDetector {

    /** Rows looked at for the header. */
    static final int SCAN_ROWS = 30;
    /** Joins the two levels of a two-row header. */
    static final String LEVEL_SEPARATOR = " / ";

    private HeaderDetector() {
    }

    /**
     * Where the header is.
     *
     * @param index  index of the (first) header row among the buffered rows, -1 when there is none
     * @param rows   header rows (0, 1 or 2)
     * @param labels raw header labels per column (blank = "")
     */
    record Header(int index, int rows, List<String> labels) {
    }

    static Header detect(List<Object[]> rows, int[] sourceRows, int requestedRow) {
        if (requestedRow > 0) {
            for (int i = 0; i < rows.size(); i++) {
                if (sourceRows[i] == requestedRow) {
                    return withSecondLevel(rows, sourceRows, i);
                }
            }
            return new Header(-1, 0, List.of());
        }
        int widest = 0;
        int scan = Math.min(SCAN_ROWS, rows.size());
        for (int i = 0; i < scan; i++) {
            widest = Math.max(widest, nonBlank(rows.get(i)));
        }
        for (int i = 0; i < scan; i++) {
            Object[] r = rows.get(i);
            int n = nonBlank(r);
            if (n > 0 && n * 2 >= widest && isLabelRow(r, true)) {
                return withSecondLevel(rows, sourceRows, i);
            }
        }
        return new Header(-1, 0, List.of());
    }

    private static Header withSecondLevel(List<Object[]> rows, int[] sourceRows, int i) {
        Object[] top = rows.get(i);
        List<String> labels = labels(top);
        if (i + 1 < rows.size() && sourceRows[i + 1] == sourceRows[i] + 1) {
            Object[] below = rows.get(i + 1);
            if (isLabelRow(below, false) && fillsGaps(top, below)) {
                return new Header(i, 2, merge(labels, labels(below)));
            }
        }
        return new Header(i, 1, labels);
    }

    /** Whether the row below has labels under blank header cells (the mark of merged cells). */
    private static boolean fillsGaps(Object[] top, Object[] below) {
        for (int j = 0; j < below.length; j++) {
            boolean topBlank = j >= top.length || CellTexts.isBlank(top[j]);
            if (topBlank && !CellTexts.isBlank(below[j])) {
                return true;
            }
        }
        return false;
    }

    private static List<String> merge(List<String> top, List<String> below) {
        int width = Math.max(top.size(), below.size());
        List<String> out = new ArrayList<>(width);
        String carried = "";
        for (int j = 0; j < width; j++) {
            String t = j < top.size() ? top.get(j) : "";
            String b = j < below.size() ? below.get(j) : "";
            if (!t.isEmpty()) {
                carried = t;
            } else if (b.isEmpty()) {
                carried = "";
            }
            String group = t.isEmpty() ? carried : t;
            if (b.isEmpty()) {
                out.add(group);
            } else if (group.isEmpty()) {
                out.add(b);
            } else {
                out.add(group + LEVEL_SEPARATOR + b);
            }
        }
        return out;
    }

    private static List<String> labels(Object[] row) {
        List<String> out = new ArrayList<>(row.length);
        for (Object v : row) {
            out.add(v instanceof CellError || v == null ? "" : CellTexts.asText(v));
        }
        return out;
    }

    private static int nonBlank(Object[] row) {
        int n = 0;
        for (Object v : row) {
            if (!CellTexts.isBlank(v)) {
                n++;
            }
        }
        return n;
    }

    /** Labels only: text that is not a number, or date cells; at least one text label if required. */
    static boolean isLabelRow(Object[] row, boolean needText) {
        NumberParser point = new NumberParser('.');
        NumberParser comma = new NumberParser(',');
        int text = 0;
        for (Object v : row) {
            if (CellTexts.isBlank(v) || v instanceof LocalDateTime) {
                continue;
            }
            if (!(v instanceof String s)) {
                return false;
            }
            String t = CellTexts.trim(s);
            if (point.parse(t) || comma.parse(t)) {
                return false;
            }
            text++;
        }
        return text > 0 || (!needText && nonBlank(row) > 0);
    }

    /**
     * Final column names: blanks named after their letter, duplicates numbered, each change
     * reported.
     */
    static List<String> names(List<String> labels, int width, ProblemCollector problems, int headerSourceRow) {
        List<String> out = new ArrayList<>(width);
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < width; j++) {
            String label = j < labels.size() ? labels.get(j) : "";
            String name = label.isEmpty() ? "column_" + CellTexts.columnLetter(j) : label;
            if (label.isEmpty() && headerSourceRow > 0) {
                problems.add(Severity.INFO, ProblemKind.UNNAMED_COLUMN, name, headerSourceRow,
                        "Column " + CellTexts.columnLetter(j) + " has no header; named " + name);
            }
            String unique = name;
            for (int k = 2; !seen.add(unique.toLowerCase(java.util.Locale.ROOT)); k++) {
                unique = name + "_" + k;
            }
            if (!unique.equals(name)) {
                problems.add(Severity.WARNING, ProblemKind.DUPLICATE_COLUMN, unique, headerSourceRow,
                        "Header '" + name + "' appears more than once; column " + CellTexts.columnLetter(j) + " renamed " + unique);
            }
            out.add(unique);
        }
        return out;
    }
}
