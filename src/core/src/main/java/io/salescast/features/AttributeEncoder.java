package io.salescast.features;

import io.salescast.series.StaticAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Encodes static attributes as numbers, learned from the training panel: numeric attributes as
 * they are; text attributes with at most {@value #MAX_ONE_HOT} distinct values one-hot
 * ({@code attr_category_toys}); text attributes with more values as an ordinal code in
 * alphabetical order ({@code attr_brand}), which trees split as well as one-hot at a fraction of
 * the columns. Date attributes (a launch date) become days since 1970. Unknown values encode as
 * NaN / all zeros.
 */
final class AttributeEncoder {

    static final int MAX_ONE_HOT = 10;

    private record Encoding(String attribute, Kind kind, List<String> levels, List<FeatureInfo> columns) {
    }

    private enum Kind { NUMERIC, DATE, ONE_HOT, ORDINAL }

    private final List<Encoding> encodings;
    private final List<FeatureInfo> columns;

    private AttributeEncoder(List<Encoding> encodings) {
        this.encodings = List.copyOf(encodings);
        List<FeatureInfo> cols = new ArrayList<>();
        encodings.forEach(e -> cols.addAll(e.columns()));
        this.columns = List.copyOf(cols);
    }

    /** Learns encodings of the requested attributes that exist in {@code attributes}. */
    static AttributeEncoder fit(List<String> requested, StaticAttributes attributes, List<String> seriesIds) {
        List<Encoding> out = new ArrayList<>();
        for (String name : requested) {
            if (!attributes.has(name)) {
                continue;
            }
            TreeSet<String> levels = new TreeSet<>();
            boolean numeric = true;
            boolean date = true;
            for (String id : seriesIds) {
                String v = attributes.get(id, name);
                if (v == null || v.isBlank()) {
                    continue;
                }
                levels.add(v.trim());
                numeric &= parseNumber(v) != null;
                date &= parseDate(v) != null;
            }
            if (levels.isEmpty()) {
                continue;
            }
            String base = "attr_" + EventCalendar.slug(name);
            String label = name.replace('_', ' ');
            if (numeric) {
                out.add(new Encoding(name, Kind.NUMERIC, List.of(), List.of(info(base, label))));
            } else if (date) {
                out.add(new Encoding(name, Kind.DATE, List.of(), List.of(info(base, label + " (days since 1970)"))));
            } else if (levels.size() <= MAX_ONE_HOT) {
                List<FeatureInfo> cols = new ArrayList<>();
                java.util.Set<String> used = new java.util.HashSet<>();
                for (String level : levels) {
                    String col = base + "_" + EventCalendar.slug(level);
                    while (!used.add(col)) {
                        col = col + "_";
                    }
                    cols.add(info(col, label + " is " + level));
                }
                out.add(new Encoding(name, Kind.ONE_HOT, List.copyOf(levels), cols));
            } else {
                out.add(new Encoding(name, Kind.ORDINAL, List.copyOf(levels), List.of(info(base, label + " (code)"))));
            }
        }
        return new AttributeEncoder(out);
    }

    /** Encoded columns in order. */
    List<FeatureInfo> columns() {
        return columns;
    }

    /** Values of the columns for one series. */
    double[] encode(StaticAttributes attributes, String id) {
        double[] out = new double[columns.size()];
        int j = 0;
        for (Encoding e : encodings) {
            String v = attributes.get(id, e.attribute());
            v = v == null ? null : v.trim();
            switch (e.kind()) {
                case NUMERIC -> {
                    Double d = v == null ? null : parseNumber(v);
                    out[j++] = d == null ? Double.NaN : d;
                }
                case DATE -> {
                    LocalDate d = v == null ? null : parseDate(v);
                    out[j++] = d == null ? Double.NaN : d.toEpochDay();
                }
                case ONE_HOT -> {
                    for (String level : e.levels()) {
                        out[j++] = level.equals(v) ? 1 : 0;
                    }
                }
                case ORDINAL -> {
                    int i = v == null ? -1 : e.levels().indexOf(v);
                    out[j++] = i < 0 ? Double.NaN : i;
                }
            }
        }
        return out;
    }

    private static FeatureInfo info(String name, String label) {
        return new FeatureInfo(name, label, FeatureFamily.PRODUCT);
    }

    private static Double parseNumber(String v) {
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String v) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
