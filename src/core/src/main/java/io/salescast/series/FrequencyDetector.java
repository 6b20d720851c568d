package io.salescast.series;

import io.salescast.ingest.ColumnType;
import io.salescast.ingest.RawColumn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;

/**
 * Tells the natural frequency of a date column: monthly when (nearly) every date is the first of
 * a month, weekly when (nearly) every date falls on the same weekday, daily otherwise (including
 * order lines and timestamps).
 */
final class FrequencyDetector {

    private static final double SHARE = 0.9;

    private FrequencyDetector() {
    }

    /**
     * What was detected.
     *
     * @param frequency the frequency
     * @param weekday   the weekday weekly dates fall on, or null
     * @param distinct  number of distinct dates seen
     */
    record Detected(Frequency frequency, DayOfWeek weekday, int distinct) {
    }

    static Detected detect(RawColumn dates) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = 0; r < dates.size(); r++) {
            if (!dates.isMissing(r)) {
                long d = dates.epochDay(r);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (min == Long.MAX_VALUE) {
            return new Detected(Frequency.DAILY, null, 0);
        }
        BitSet seen = new BitSet((int) Math.min(Integer.MAX_VALUE - 1, max - min + 1));
        for (int r = 0; r < dates.size(); r++) {
            if (!dates.isMissing(r)) {
                seen.set((int) (dates.epochDay(r) - min));
            }
        }
        int distinct = seen.cardinality();
        if (distinct < 3 || dates.type() == ColumnType.DATETIME) {
            return new Detected(Frequency.DAILY, null, distinct);
        }
        int firstOfMonth = 0;
        int[] weekdays = new int[8];
        for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
            LocalDate d = LocalDate.ofEpochDay(min + i);
            if (d.getDayOfMonth() == 1) {
                firstOfMonth++;
            }
            weekdays[d.getDayOfWeek().getValue()]++;
        }
        if (firstOfMonth >= SHARE * distinct) {
            return new Detected(Frequency.MONTHLY, null, distinct);
        }
        for (int w = 1; w <= 7; w++) {
            if (weekdays[w] >= SHARE * distinct) {
                return new Detected(Frequency.WEEKLY, DayOfWeek.of(w), distinct);
            }
        }
        return new Detected(Frequency.DAILY, null, distinct);
    }
}
