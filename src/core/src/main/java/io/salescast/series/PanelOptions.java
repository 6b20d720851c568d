package io.salescast.series;

import io.salescast.ingest.ColumnType;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How rows become regular periods. Defaults: frequency detected from the dates; weeks start on
 * Monday (or on the weekday every date of weekly data falls on); the target is summed and
 * missing periods count as zero sales; covariates combine by their kind (see
 * {@link #aggregation}); duplicates are combined and reported; every series runs to the
 * panel's last period.
 *
 * @param frequency    target frequency, or null to detect it
 * @param weekStart    first day of a week, or null for Monday (or the weekday of weekly data)
 * @param aggregations per-column aggregation overriding the defaults
 * @param fills        per-column fill rule overriding the defaults
 * @param duplicates   what to do with several rows in one series and period
 * @param alignEnd     whether every series runs to the panel's last period (true) or stops at its own last row
 */
public record PanelOptions(Frequency frequency, DayOfWeek weekStart, Map<String, Aggregation> aggregations,
                           Map<String, FillRule> fills, DuplicatePolicy duplicates, boolean alignEnd) {

    private static final Pattern MEAN_LIKE = Pattern.compile(".*(price|cost|discount|rate|pct|percent|share|temp|rating|rank).*");

    /** Copies the maps. */
    public PanelOptions {
        aggregations = aggregations == null ? Map.of() : Map.copyOf(aggregations);
        fills = fills == null ? Map.of() : Map.copyOf(fills);
        duplicates = duplicates == null ? DuplicatePolicy.COMBINE : duplicates;
    }

    /** All defaults. */
    public static PanelOptions defaults() {
        return new PanelOptions(null, null, Map.of(), Map.of(), DuplicatePolicy.COMBINE, true);
    }

    /** With a frequency (null = detect). */
    public PanelOptions withFrequency(Frequency f) {
        return new PanelOptions(f, weekStart, aggregations, fills, duplicates, alignEnd);
    }

    /** With a week start. */
    public PanelOptions withWeekStart(DayOfWeek d) {
        return new PanelOptions(frequency, d, aggregations, fills, duplicates, alignEnd);
    }

    /** With one column's aggregation. */
    public PanelOptions withAggregation(String column, Aggregation a) {
        Map<String, Aggregation> m = new LinkedHashMap<>(aggregations);
        m.put(column, a);
        return new PanelOptions(frequency, weekStart, m, fills, duplicates, alignEnd);
    }

    /** With one column's fill rule. */
    public PanelOptions withFill(String column, FillRule f) {
        Map<String, FillRule> m = new LinkedHashMap<>(fills);
        m.put(column, f);
        return new PanelOptions(frequency, weekStart, aggregations, m, duplicates, alignEnd);
    }

    /** With a duplicate policy. */
    public PanelOptions withDuplicates(DuplicatePolicy p) {
        return new PanelOptions(frequency, weekStart, aggregations, fills, p, alignEnd);
    }

    /** With or without aligning series ends. */
    public PanelOptions withAlignEnd(boolean align) {
        return new PanelOptions(frequency, weekStart, aggregations, fills, duplicates, align);
    }

    /**
     * The aggregation of a column: the override, else SUM for the target, MAX for yes/no flags,
     * MEAN for prices, costs, discounts and rates, SUM for anything else (quantities, revenue).
     */
    public Aggregation aggregation(String column, ColumnType type, boolean target) {
        Aggregation a = aggregations.get(column);
        if (a != null) {
            return a;
        }
        if (target) {
            return Aggregation.SUM;
        }
        if (type == ColumnType.BOOLEAN) {
            return Aggregation.MAX;
        }
        return MEAN_LIKE.matcher(column.toLowerCase(Locale.ROOT)).matches() ? Aggregation.MEAN : Aggregation.SUM;
    }

    /**
     * The fill rule of a column: the override, else ZERO for the target and for summed or flag
     * columns, FORWARD (carry the last value) for averaged, first or last values such as prices.
     */
    public FillRule fill(String column, Aggregation aggregation, boolean target) {
        FillRule f = fills.get(column);
        if (f != null) {
            return f;
        }
        if (target) {
            return FillRule.ZERO;
        }
        return switch (aggregation) {
            case SUM, MAX -> FillRule.ZERO;
            case MEAN, LAST, FIRST, MIN -> FillRule.FORWARD;
        };
    }
}
