package io.salescast.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the text dates of one column: the detected shape first, then the other shapes that do
 * not contradict it (a column may mix 2024-03-01 and 1 Mar 2024, but never day-first and
 * month-first). Results of slow shapes are cached. One instance per column and thread.
 */
final class DateParser {

    private static final int CACHE_LIMIT = 50_000;

    private final List<DateShape> shapes;
    private final Map<String, Long> cache = new HashMap<>();

    DateParser(DateShape primary, List<DateShape> others) {
        List<DateShape> all = new ArrayList<>();
        all.add(primary);
        for (DateShape s : others) {
            if (s.equals(primary)) {
                continue;
            }
            boolean swapped = (primary.order() == DateShape.Order.DMY && s.order() == DateShape.Order.MDY)
                    || (primary.order() == DateShape.Order.MDY && s.order() == DateShape.Order.DMY);
            if (!swapped) {
                all.add(s);
            }
        }
        this.shapes = List.copyOf(all);
    }

    /** The main shape. */
    DateShape primary() {
        return shapes.get(0);
    }

    /** Epoch seconds of the local date-time, or {@link DateShape#NO_DATE}. */
    long parse(String s) {
        long v = shapes.get(0).parse(s);
        if (v != DateShape.NO_DATE || shapes.size() == 1) {
            return v;
        }
        Long cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        for (int i = 1; i < shapes.size() && v == DateShape.NO_DATE; i++) {
            v = shapes.get(i).parse(s);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(s, v);
        }
        return v;
    }
}
