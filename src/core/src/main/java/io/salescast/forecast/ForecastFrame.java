package io.salescast.forecast;

import io.salescast.series.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Forecasts for many series: for each series, consecutive periods from {@code start} and named
 * value columns (one per model alias, plus interval columns {@code alias-lo-80},
 * {@code alias-hi-80}...). This is the wide form of the long format {@code unique_id, ds, cols...}.
 * Immutable.
 */
public final class ForecastFrame {

    /**
     * Forecast of one series.
     *
     * @param id      unique_id
     * @param start   first forecast period
     * @param columns column name to values (all arrays of the same length, owned by the frame)
     */
    public record SeriesForecast(String id, LocalDate start, Map<String, double[]> columns) {
        /** Validates. */
        public SeriesForecast {
            Objects.requireNonNull(id);
            Objects.requireNonNull(start);
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            int len = -1;
            for (var e : columns.entrySet()) {
                if (len >= 0 && e.getValue().length != len) {
                    throw new IllegalArgumentException("column " + e.getKey() + " of " + id + " has length "
                            + e.getValue().length + ", expected " + len);
                }
                len = e.getValue().length;
            }
        }

        /** Number of forecast periods. */
        public int horizon() {
            return columns.isEmpty() ? 0 : columns.values().iterator().next().length;
        }

        /** Values of one column, or null. */
        public double[] column(String name) {
            return columns.get(name);
        }
    }

    private final Frequency frequency;
    private final List<SeriesForecast> series;
    private final Map<String, SeriesForecast> byId;

    /** Creates a frame; series ids must be unique. */
    public ForecastFrame(Frequency frequency, List<SeriesForecast> series) {
        this.frequency = Objects.requireNonNull(frequency);
        this.series = List.copyOf(series);
        Map<String, SeriesForecast> map = new LinkedHashMap<>();
        for (SeriesForecast s : this.series) {
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate series " + s.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Name of the lower interval column of {@code alias} at {@code level} percent. */
    public static String lo(String alias, int level) {
        return alias + "-lo-" + level;
    }

    /** Name of the upper interval column of {@code alias} at {@code level} percent. */
    public static String hi(String alias, int level) {
        return alias + "-hi-" + level;
    }

    /** Period length. */
    public Frequency frequency() {
        return frequency;
    }

    /** Per-series forecasts. */
    public List<SeriesForecast> series() {
        return series;
    }

    /** Forecast of one series. */
    public Optional<SeriesForecast> series(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Union of column names over all series, in first-seen order. */
    public List<String> columnNames() {
        Set<String> names = new LinkedHashSet<>();
        for (SeriesForecast s : series) {
            names.addAll(s.columns().keySet());
        }
        return new ArrayList<>(names);
    }

    /**
     * Joins the columns of {@code other} into this frame (series matched by id; series only in one
     * frame are kept as they are). Columns of {@code other} win on a name clash.
     */
    public ForecastFrame merge(ForecastFrame other) {
        Map<String, SeriesForecast> out = new LinkedHashMap<>(byId);
        for (SeriesForecast o : other.series) {
            SeriesForecast mine = out.get(o.id());
            if (mine == null) {
                out.put(o.id(), o);
            } else {
                if (!mine.start().equals(o.start())) {
                    throw new IllegalArgumentException("forecasts of " + o.id() + " start on " + mine.start() + " and " + o.start());
                }
                Map<String, double[]> cols = new LinkedHashMap<>(mine.columns());
                cols.putAll(o.columns());
                out.put(o.id(), new SeriesForecast(o.id(), mine.start(), cols));
            }
        }
        return new ForecastFrame(frequency, new ArrayList<>(out.values()));
    }
}
