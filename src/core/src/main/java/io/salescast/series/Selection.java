package io.salescast.series;

/**
 * Which rows count when several fall in the same series and period: all of them (combine), or
 * only the first or last in file order. Also counts such rows for the report.
 */
final class Selection {

    private final boolean[] drop;
    final long duplicateRows;
    final int firstDuplicate;

    private Selection(boolean[] drop, long duplicateRows, int firstDuplicate) {
        this.drop = drop;
        this.duplicateRows = duplicateRows;
        this.firstDuplicate = firstDuplicate;
    }

    boolean keep(int row) {
        return drop == null || !drop[row];
    }

    static Selection of(int[] rowSeries, int[] rowPeriod, PanelLayout layout, DuplicatePolicy policy) {
        int[][] chosen = new int[layout.lengths().length][];
        for (int s = 0; s < chosen.length; s++) {
            chosen[s] = new int[layout.lengths()[s]];
            java.util.Arrays.fill(chosen[s], -1);
        }
        long dups = 0;
        int firstDup = -1;
        boolean[] drop = policy == DuplicatePolicy.KEEP_FIRST || policy == DuplicatePolicy.KEEP_LAST ? new boolean[rowSeries.length] : null;
        for (int r = 0; r < rowSeries.length; r++) {
            int s = rowSeries[r];
            if (s < 0) {
                continue;
            }
            int t = rowPeriod[r] - layout.first()[s];
            int prev = chosen[s][t];
            if (prev >= 0) {
                dups++;
                if (firstDup < 0) {
                    firstDup = r;
                }
                if (policy == DuplicatePolicy.KEEP_FIRST) {
                    drop[r] = true;
                    continue;
                }
                if (policy == DuplicatePolicy.KEEP_LAST) {
                    drop[prev] = true;
                }
            }
            chosen[s][t] = r;
        }
        return new Selection(drop, dups, firstDup);
    }
}
