package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which products get a chart: the top N by volume, a user-chosen list, or all of them up to a
 * cap. The cap always applies (a workbook with thousands of charts helps nobody and is slow to
 * open).
 *
 * @param mode  how products are chosen
 * @param count how many (top N) or the cap (all)
 * @param ids   the chosen products (LIST mode), in the user's order
 */
public record ChartSelection(Mode mode, int count, List<String> ids) {

    /** How products are chosen. */
    public enum Mode {
        /** The largest products by total actual volume. */
        TOP_VOLUME,
        /** A list given by the user. */
        LIST,
        /** Every product, in panel order, up to {@code count}. */
        ALL
    }

    /** Hard upper limit on product charts in one workbook. */
    public static final int MAX_CHARTS = 500;

    /** Validates. */
    public ChartSelection {
        Objects.requireNonNull(mode, "mode");
        ids = List.copyOf(ids);
        if (count < 0) {
            throw new IllegalArgumentException("chart count must be >= 0, got " + count);
        }
    }

    /** The {@code n} products with the largest total actual volume. */
    public static ChartSelection topByVolume(int n) {
        return new ChartSelection(Mode.TOP_VOLUME, n, List.of());
    }

    /** Exactly these products (unknown ids are reported as a problem by the writer). */
    public static ChartSelection of(List<String> ids) {
        return new ChartSelection(Mode.LIST, ids.size(), ids);
    }

    /** Every product, up to {@code cap}. */
    public static ChartSelection all(int cap) {
        return new ChartSelection(Mode.ALL, cap, List.of());
    }

    /**
     * Parses the command-line form: {@code top:N} (largest N by volume), {@code all:N} (every
     * product up to N) or {@code ids:A,B,C} (these products). A bare number means {@code top:N}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not one of these
     */
    public static ChartSelection parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? "top" : t.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String arg = colon < 0 ? t : t.substring(colon + 1).trim();
        try {
            return switch (kind) {
                case "top" -> topByVolume(Integer.parseInt(arg));
                case "all" -> all(arg.isEmpty() ? MAX_CHARTS : Integer.parseInt(arg));
                case "ids" -> of(java.util.Arrays.stream(arg.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
                default -> throw new IllegalArgumentException("unknown kind");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Chart selection '" + text + "' not understood: use top:N, all:N or ids:A,B,C", e);
        }
    }

    /**
     * The selected product ids, present in the forecast, capped at {@link #MAX_CHARTS}.
     *
     * @throws ReportException when a listed product is unknown
     */
    public List<String> select(SalesPanel history, ForecastFrame forecast) {
        int cap = Math.min(count, MAX_CHARTS);
        List<String> out = new ArrayList<>();
        switch (mode) {
            case LIST -> {
                Set<String> unknown = new LinkedHashSet<>();
                for (String id : new LinkedHashSet<>(ids)) {
                    if (forecast.series(id).isPresent() || history.series(id).isPresent()) {
                        out.add(id);
                    } else {
                        unknown.add(id);
                    }
                }
                if (!unknown.isEmpty()) {
                    throw new ReportException("Products chosen for charts are not in the data: " + String.join(", ", unknown),
                            "Check the product ids (unique_id) in the chart list.", null, null);
                }
            }
            case ALL -> forecast.series().forEach(s -> out.add(s.id()));
            case TOP_VOLUME -> history.series().stream()
                    .sorted(Comparator.comparingDouble(ChartSelection::volume).reversed()
                            .thenComparing(SalesSeries::id))
                    .forEach(s -> out.add(s.id()));
        }
        return List.copyOf(out.subList(0, Math.min(cap, out.size())));
    }

    /** Total actual volume of a series, ignoring missing values. */
    static double volume(SalesSeries s) {
        double sum = 0;
        for (double v : s.y()) {
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }
}
