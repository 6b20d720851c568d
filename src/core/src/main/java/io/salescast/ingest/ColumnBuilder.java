package io.salescast.ingest;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends the cells of one column into compact typed storage, recording every cell that does
 * not fit the column's type as a problem (and keeping its text). One subclass per storage kind.
 */
abstract class ColumnBuilder {

    final String name;
    final ProblemCollector problems;
    final Map<Integer, String> invalid = new HashMap<>();
    int size;

    ColumnBuilder(String name, ProblemCollector problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Appends one cell (null, String, Double, LocalDateTime, Boolean or CellError). */
    abstract void accept(Object cell, int sourceRow);

    /** The finished column. */
    abstract RawColumn build();

    /** Creates the builder for a plan. */
    static ColumnBuilder of(String name, TypeInference.ColumnPlan plan, NumberParser numbers, boolean date1904,
                            ProblemCollector problems) {
        ColumnType t = plan.type();
        if (t.isTemporal()) {
            return new Dates(name, t, plan, date1904, problems);
        }
        if (t.isNumeric()) {
            return new Numbers(name, t, numbers, plan.tickMarks(), problems);
        }
        return new Texts(name, t, problems);
    }

    final void bad(ProblemKind kind, Object cell, int row, String what) {
        String text = CellTexts.asText(cell);
        invalid.put(size, text);
        if (cell instanceof CellError) {
            problems.add(Severity.ERROR, ProblemKind.CELL_ERROR, name, row,
                    "Spreadsheet error value, left empty (first: " + text + ")");
        } else {
            problems.add(Severity.ERROR, kind, name, row, what + ", left empty (first: '" + text + "')");
        }
    }

    /** Numbers and yes/no values in a double[] (NaN = empty). */
    static final class Numbers extends ColumnBuilder {
        private final NumberParser parser;
        private final boolean tickMarks;
        private ColumnType type;
        private double[] values = new double[1024];

        Numbers(String name, ColumnType type, NumberParser parser, boolean tickMarks, ProblemCollector problems) {
            super(name, problems);
            this.type = type;
            this.parser = parser;
            this.tickMarks = tickMarks;
        }

        @Override
        void accept(Object cell, int row) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size] = value(cell, row);
            size++;
        }

        private double value(Object cell, int row) {
            if (cell instanceof String s) {
                String t = CellTexts.trim(s);
                if (t.isEmpty()) {
                    return tickMarks ? 0 : Double.NaN;
                }
                if (type == ColumnType.BOOLEAN) {
                    if (CellTexts.isTickMark(t)) {
                        return 1;
                    }
                    int b = CellTexts.booleanWord(t);
                    if (b >= 0) {
                        return b;
                    }
                    if (t.equals("1") || t.equals("0")) {
                        return t.charAt(0) - '0';
                    }
                } else if (parser.parse(t)) {
                    widen(parser.integral());
                    return parser.value();
                }
            } else if (cell instanceof Double d) {
                if (type == ColumnType.BOOLEAN) {
                    if (d == 0 || d == 1) {
                        return d;
                    }
                } else {
                    widen(d == Math.rint(d));
                    return d;
                }
            } else if (cell instanceof Boolean b) {
                return b ? 1 : 0;
            } else if (cell == null) {
                return tickMarks ? 0 : Double.NaN;
            }
            bad(type == ColumnType.BOOLEAN ? ProblemKind.BAD_BOOLEAN : ProblemKind.BAD_NUMBER, cell, row,
                    type == ColumnType.BOOLEAN ? "Not a yes/no value" : "Not a number");
            return Double.NaN;
        }

        private void widen(boolean integral) {
            if (!integral && type == ColumnType.INTEGER) {
                type = ColumnType.DECIMAL;
            }
        }

        @Override
        RawColumn build() {
            return RawColumn.numeric(name, type, values, size, invalid);
        }
    }

    /** Dates as epoch seconds of the local date-time. */
    static final class Dates extends ColumnBuilder {
        private final ColumnType requested;
        private final DateParser parser;
        private final boolean serial;
        private final boolean date1904;
        private long[] values = new long[1024];
        private boolean hasTime;

        Dates(String name, ColumnType type, TypeInference.ColumnPlan plan, boolean date1904, ProblemCollector problems) {
            super(name, problems);
            this.requested = type;
            this.parser = plan.dates();
            this.serial = plan.serialDates();
            this.date1904 = date1904;
        }

        @Override
        void accept(Object cell, int row) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            long v = value(cell, row);
            if (v != RawColumn.NO_TIME && Math.floorMod(v, 86_400L) != 0) {
                hasTime = true;
            }
            values[size] = v;
            size++;
        }

        private long value(Object cell, int row) {
            if (cell == null) {
                return RawColumn.NO_TIME;
            }
            if (cell instanceof String s) {
                String t = CellTexts.trim(s);
                if (t.isEmpty()) {
                    return RawColumn.NO_TIME;
                }
                long v = parser == null ? DateShape.NO_DATE : parser.parse(t);
                if (v != DateShape.NO_DATE) {
                    return v;
                }
            } else if (cell instanceof LocalDateTime t) {
                return DateShape.epochSecond(t);
            } else if (cell instanceof Double d && serial && d >= 1 && d < 2_958_466) {
                return DateShape.epochSecond(DateUtil.getLocalDateTime(d, date1904));
            }
            bad(ProblemKind.BAD_DATE, cell, row, "Not a date");
            return RawColumn.NO_TIME;
        }

        @Override
        RawColumn build() {
            ColumnType t = requested == ColumnType.DATE && hasTime ? ColumnType.DATETIME : requested;
            return RawColumn.temporal(name, t, values, size, invalid);
        }
    }

    /** Text, dictionary-encoded. */
    static final class Texts extends ColumnBuilder {
        private final ColumnType type;
        private final Map<String, Integer> codes = new HashMap<>();
        private String[] dictionary = new String[64];
        private int[] values = new int[1024];

        Texts(String name, ColumnType type, ProblemCollector problems) {
            super(name, problems);
            this.type = type;
        }

        @Override
        void accept(Object cell, int row) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            String s = cell instanceof CellError ? null : cell == null ? null : CellTexts.asText(cell);
            if (cell instanceof CellError e) {
                invalid.put(size, e.code());
                problems.add(Severity.ERROR, ProblemKind.CELL_ERROR, name, row,
                        "Spreadsheet error value, left empty (first: " + e.code() + ")");
            }
            values[size++] = s == null || s.isEmpty() ? -1 : code(s);
        }

        private int code(String s) {
            Integer c = codes.get(s);
            if (c == null) {
                c = codes.size();
                codes.put(s, c);
                if (c == dictionary.length) {
                    dictionary = Arrays.copyOf(dictionary, dictionary.length * 2);
                }
                dictionary[c] = s;
            }
            return c;
        }

        @Override
        RawColumn build() {
            return RawColumn.text(name, type, values, size, Arrays.copyOf(dictionary, codes.size()), invalid);
        }
    }
}
