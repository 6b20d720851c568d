package io.salescast.series;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which column plays which role when a table becomes series. Stored in project files as JSON.
 * Several key columns (store + sku) join into one unique_id with {@link #KEY_SEPARATOR}, in the
 * order given ("S01/SKU-7"). Columns not named anywhere are ignored.
 *
 * @param date             the date (or date-time) column
 * @param target           the column to forecast (units sold)
 * @param seriesKeys       columns identifying a series, one or several; empty = one single series
 * @param covariates       numeric columns that vary over time (price, discount, promo flags)
 * @param staticAttributes columns describing a series that do not vary (category, brand)
 * @param ignored          columns explicitly left out (for the record; unnamed columns are ignored too)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnMapping(String date, String target, List<String> seriesKeys, List<String> covariates,
                            List<String> staticAttributes, List<String> ignored) {

    /** Joins the values of several key columns into one unique_id. */
    public static final String KEY_SEPARATOR = "/";
    /** The unique_id of the single series of a table without key columns. */
    public static final String SINGLE_SERIES_ID = "total";

    /** Validates and copies; a column may have one role only. */
    public ColumnMapping {
        Objects.requireNonNull(target, "target");
        seriesKeys = seriesKeys == null ? List.of() : List.copyOf(seriesKeys);
        covariates = covariates == null ? List.of() : List.copyOf(covariates);
        staticAttributes = staticAttributes == null ? List.of() : List.copyOf(staticAttributes);
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
        Set<String> seen = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        if (date != null) {
            all.add(date);
        }
        all.add(target);
        all.addAll(seriesKeys);
        all.addAll(covariates);
        all.addAll(staticAttributes);
        for (String c : all) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column '" + c + "' is given more than one role");
            }
        }
    }

    /** A mapping with date, target and keys only. */
    public static ColumnMapping of(String date, String target, List<String> seriesKeys) {
        return new ColumnMapping(date, target, seriesKeys, List.of(), List.of(), List.of());
    }

    /** The same mapping with covariates. */
    public ColumnMapping withCovariates(List<String> cols) {
        return new ColumnMapping(date, target, seriesKeys, cols, staticAttributes, ignored);
    }

    /** The same mapping with static attributes. */
    public ColumnMapping withStaticAttributes(List<String> cols) {
        return new ColumnMapping(date, target, seriesKeys, covariates, cols, ignored);
    }

    /** The same mapping with another date column. */
    public ColumnMapping withDate(String col) {
        return new ColumnMapping(col, target, seriesKeys, covariates, staticAttributes, ignored);
    }
}
