package io.salescast.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides a column's type from sample cells. Dates win when nearly all cells are dates; numbers
 * when all cells are numbers or "no value" markers (n/a, -, #DIV/0!), or 98% of a large sample
 * are; identifiers with leading zeros (00123) stay text; plain numbers under a date-like header
 * (date, day, week...) in the Excel serial range read as dates.
 */
final class TypeInference {

    private static final double EXCEL_SERIAL_MIN = 20_000; // 1954-10-03
    private static final double EXCEL_SERIAL_MAX = 80_000; // 2119-01-10

    private TypeInference() {
    }

    /**
     * The plan for one column.
     *
     * @param type          chosen type
     * @param dates         parser of text dates (date columns with text cells), or null
     * @param serialDates   whether plain numbers are Excel serial dates
     * @param ambiguousDate whether day/month order was assumed
     * @param tickMarks     whether this is a yes/no column written as tick marks (x, ✓) and blanks,
     *                      so that a blank cell means no (0) rather than unknown
     */
    record ColumnPlan(ColumnType type, DateParser dates, boolean serialDates, boolean ambiguousDate, boolean tickMarks) {
        ColumnPlan(ColumnType type, DateParser dates, boolean serialDates, boolean ambiguousDate) {
            this(type, dates, serialDates, ambiguousDate, false);
        }
    }

    static ColumnPlan infer(String name, List<Object> values, NumberParser numbers, ReadOptions options) {
        Stats st = new Stats();
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
            st.accept(v, numbers, texts);
        }
        ColumnType forced = options.types().get(name);
        DateDetector.Detection det = texts.isEmpty() && options.dateFormat() == null ? null
                : DateDetector.detect(texts, options.dateFormat());
        if (forced != null) {
            return forcedPlan(forced, det, st);
        }
        int nonBlank = st.nonBlank();
        if (nonBlank == 0) {
            return new ColumnPlan(ColumnType.TEXT, null, false, false);
        }
        int textDates = det == null ? 0 : det.matched();
        int dates = st.dateCells + textDates;
        if (dates > 0 && dates >= 0.9 * (nonBlank - st.na) && st.numberCells == 0) {
            ColumnType t = st.dateTimes > 0 || hasTime(det, texts) ? ColumnType.DATETIME : ColumnType.DATE;
            return new ColumnPlan(t, det == null ? null : det.parser(), false, det != null && det.ambiguous() && textDates > 0);
        }
        if (st.booleans > 0 && st.booleans + st.na == nonBlank) {
            return new ColumnPlan(ColumnType.BOOLEAN, null, false, false);
        }
        if (st.marks > 0 && st.marks == nonBlank && st.blank > 0) {
            return new ColumnPlan(ColumnType.BOOLEAN, null, false, false, true);
        }
        boolean numeric = st.numbers > 0 && st.leadingZeros == 0
                && (st.numbers + st.na == nonBlank || (nonBlank >= 50 && st.numbers >= 0.98 * nonBlank));
        if (numeric) {
            if (st.serialCandidates == st.numbers && CellTexts.isDateHeader(name)) {
                return new ColumnPlan(ColumnType.DATE, det == null ? null : det.parser(), true, false);
            }
            return new ColumnPlan(st.fractional > 0 ? ColumnType.DECIMAL : ColumnType.INTEGER, null, false, false);
        }
        boolean category = st.distinct.size() <= Math.max(1, nonBlank / 2);
        return new ColumnPlan(category ? ColumnType.CATEGORY : ColumnType.TEXT, null, false, false);
    }

    private static ColumnPlan forcedPlan(ColumnType forced, DateDetector.Detection det, Stats st) {
        if (forced.isTemporal()) {
            DateParser p = det != null ? det.parser() : new DateParser(DateDetector.CANDIDATES.get(0), DateDetector.CANDIDATES);
            boolean serial = st.numbers > 0 && st.serialCandidates == st.numbers;
            return new ColumnPlan(forced, p, serial, det != null && det.ambiguous());
        }
        return new ColumnPlan(forced, null, false, false);
    }

    private static boolean hasTime(DateDetector.Detection det, List<String> texts) {
        if (det == null) {
            return false;
        }
        for (String s : texts) {
            long v = det.parser().parse(s);
            if (v != DateShape.NO_DATE && Math.floorMod(v, 86_400L) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Counts over the sample cells of one column. */
    private static final class Stats {
        int total;
        int blank;
        int errors;
        int na;
        int numbers;
        int numberCells;
        int fractional;
        int serialCandidates;
        int dateCells;
        int dateTimes;
        int booleans;
        int leadingZeros;
        int marks;
        final Set<String> distinct = new HashSet<>();

        int nonBlank() {
            return total - blank - errors;
        }

        void accept(Object v, NumberParser np, List<String> texts) {
            total++;
            if (CellTexts.isBlank(v)) {
                blank++;
            } else if (v instanceof CellError) {
                errors++;
            } else if (v instanceof Double d) {
                numbers++;
                numberCells++;
                number(d, d == Math.rint(d));
                distinct.add(CellTexts.asText(d));
            } else if (v instanceof LocalDateTime t) {
                dateCells++;
                if (t.toLocalTime().toSecondOfDay() != 0) {
                    dateTimes++;
                }
            } else if (v instanceof Boolean) {
                booleans++;
            } else {
                text(CellTexts.trim(v.toString()), np, texts);
            }
        }

        private void text(String s, NumberParser np, List<String> texts) {
            distinct.add(s);
            texts.add(s);
            if (CellTexts.isTickMark(s)) {
                marks++;
            } else if (CellTexts.booleanWord(s) >= 0) {
                booleans++;
            } else if (np.parse(s)) {
                numbers++;
                number(np.value(), np.integral());
                if (CellTexts.hasLeadingZero(s) && np.integral()) {
                    leadingZeros++;
                }
            } else if (CellTexts.isNaMarker(s)) {
                na++;
            }
        }

        private void number(double d, boolean integral) {
            if (!integral) {
                fractional++;
            } else if (d >= EXCEL_SERIAL_MIN && d <= EXCEL_SERIAL_MAX) {
                serialCandidates++;
            }
        }
    }
}
