package io.salescast.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds how a column writes its dates from sample texts. Among shapes matching the same number of
 * samples, day-first and month-first are told apart by which one gives the smoother sequence
 * (consecutive rows of sales data are close in time); when nothing tells them apart, day-first
 * is assumed and the choice is flagged as ambiguous.
 */
final class DateDetector {

    /** The shapes tried, in order of preference. */
    static final List<DateShape> CANDIDATES = candidates();

    private DateDetector() {
    }

    /**
     * Result of a detection.
     *
     * @param parser    parser to use for the column
     * @param matched   how many samples matched (any shape of the parser)
     * @param ambiguous whether day/month order could not be told apart
     */
    record Detection(DateParser parser, int matched, boolean ambiguous) {
    }

    /**
     * Detects the date shape of samples.
     *
     * @param samples     trimmed non-empty texts
     * @param userPattern pattern given by the user, or null
     * @return the detection, or null when no shape matches most samples
     */
    static Detection detect(List<String> samples, String userPattern) {
        if (samples.isEmpty()) {
            return null;
        }
        if (userPattern != null) {
            DateParser p = new DateParser(DateShape.ofPattern(userPattern), List.of());
            return new Detection(p, count(p, samples), false);
        }
        DateShape best = null;
        int bestCount = 0;
        for (DateShape shape : CANDIDATES) {
            int c = count(shape, samples);
            if (c > bestCount) {
                best = shape;
                bestCount = c;
            }
        }
        if (best == null) {
            return null;
        }
        boolean ambiguous = false;
        if (best instanceof NumericDateShape n && n.order() != DateShape.Order.YMD) {
            DateShape swapped = new NumericDateShape(n.order() == DateShape.Order.DMY ? DateShape.Order.MDY : DateShape.Order.DMY, n.separator());
            if (count(swapped, samples) == bestCount) {
                double a = roughness(best, samples);
                double b = roughness(swapped, samples);
                if (b < a) {
                    best = swapped;
                } else if (a == b) {
                    best = n.order() == DateShape.Order.DMY ? best : swapped;
                    ambiguous = true;
                }
            }
        }
        DateParser parser = new DateParser(best, CANDIDATES);
        return new Detection(parser, count(parser, samples), ambiguous);
    }

    private static int count(DateShape shape, List<String> samples) {
        int c = 0;
        for (String s : samples) {
            if (shape.parse(s) != DateShape.NO_DATE) {
                c++;
            }
        }
        return c;
    }

    private static int count(DateParser parser, List<String> samples) {
        int c = 0;
        for (String s : samples) {
            if (parser.parse(s) != DateShape.NO_DATE) {
                c++;
            }
        }
        return c;
    }

    /** Sum of absolute jumps between consecutive parsed samples, in days. */
    private static double roughness(DateShape shape, List<String> samples) {
        double sum = 0;
        long prev = DateShape.NO_DATE;
        for (String s : samples) {
            long v = shape.parse(s);
            if (v == DateShape.NO_DATE) {
                continue;
            }
            if (prev != DateShape.NO_DATE) {
                sum += Math.abs(v - prev) / 86_400.0;
            }
            prev = v;
        }
        return sum;
    }

    private static List<DateShape> candidates() {
        List<DateShape> c = new ArrayList<>();
        for (char sep : new char[] {'-', '/', '.'}) {
            c.add(new NumericDateShape(DateShape.Order.YMD, sep));
        }
        for (char sep : new char[] {'/', '.', '-'}) {
            c.add(new NumericDateShape(DateShape.Order.DMY, sep));
            c.add(new NumericDateShape(DateShape.Order.MDY, sep));
        }
        DateShape.Kind date = DateShape.Kind.DATE;
        for (String p : new String[] {"d MMM uuuu", "d-MMM-uuuu", "d-MMM-uu", "d MMMM uuuu", "MMM d, uuuu",
            "MMMM d, uuuu", "MMM d uuuu", "EEE, d MMM uuuu", "EEEE, MMMM d, uuuu", "d. MMMM uuuu", "d MMM uu"}) {
            c.add(DateShape.Formatted.of(p, date));
        }
        for (String p : new String[] {"uuuu-MM", "uuuu/MM", "MMM uuuu", "MMMM uuuu", "MMM-uu", "MMM-uuuu", "MM/uuuu"}) {
            c.add(DateShape.Formatted.of(p, DateShape.Kind.MONTH));
        }
        c.add(new DateShape.IsoWeek());
        return List.copyOf(c);
    }
}
