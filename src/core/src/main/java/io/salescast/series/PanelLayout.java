package io.salescast.series;

import java.util.Arrays;

/** First period ordinal and length of every series. */
record PanelLayout(int[] first, int[] lengths) {
    static PanelLayout of(int[] rowSeries, int[] rowPeriod, int seriesCount, boolean alignEnd) {
        int[] first = new int[seriesCount];
        int[] last = new int[seriesCount];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, Integer.MIN_VALUE);
        int globalLast = Integer.MIN_VALUE;
        for (int r = 0; r < rowSeries.length; r++) {
            int s = rowSeries[r];
            if (s >= 0) {
                first[s] = Math.min(first[s], rowPeriod[r]);
                last[s] = Math.max(last[s], rowPeriod[r]);
                globalLast = Math.max(globalLast, rowPeriod[r]);
            }
        }
        int[] lengths = new int[seriesCount];
        for (int s = 0; s < seriesCount; s++) {
            lengths[s] = (alignEnd ? globalLast : last[s]) - first[s] + 1;
        }
        return new PanelLayout(first, lengths);
    }
}
