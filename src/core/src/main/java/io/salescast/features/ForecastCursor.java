package io.salescast.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Feature rows for the periods after the history of each series, filled step by step: a
 * recursive forecaster asks for the rows of step 1, sets its (transformed) predictions, asks for
 * step 2, and so on; a direct forecaster asks for a range of steps at once. Rows read only the
 * history and the predictions already set, never anything later.
 */
public final class ForecastCursor {

    private final FeatureBuilder builder;
    private final List<SeriesState> states;
    private final int horizon;

    ForecastCursor(FeatureBuilder builder, List<SeriesState> states, int horizon) {
        this.builder = builder;
        this.states = List.copyOf(states);
        this.horizon = horizon;
    }

    /** Forecast horizon in periods. */
    public int horizon() {
        return horizon;
    }

    /** Series in row order. */
    public List<String> seriesIds() {
        List<String> ids = new ArrayList<>(states.size());
        for (SeriesState s : states) {
            ids.add(s.id);
        }
        return ids;
    }

    /** First forecast period of series {@code i}. */
    public LocalDate firstDate(int i) {
        SeriesState s = states.get(i);
        return s.date(s.historyLength);
    }

    /** One row per series for forecast step {@code step} (1-based). */
    public FeatureTable rows(int step) {
        return rows(step, step);
    }

    /** Rows for steps {@code from..to} (1-based, inclusive), series-major. */
    public FeatureTable rows(int from, int to) {
        if (from < 1 || to > horizon || from > to) {
            throw new IllegalArgumentException("steps " + from + ".." + to + " outside 1.." + horizon);
        }
        List<int[]> ranges = new ArrayList<>(states.size());
        for (SeriesState s : states) {
            ranges.add(new int[] {s.historyLength + from - 1, s.historyLength + to});
        }
        return builder.fill(states, ranges, false);
    }

    /** Sets the transformed prediction of series {@code i} at step {@code step} (read by later steps' lags). */
    public void set(int i, int step, double transformedValue) {
        SeriesState s = states.get(i);
        s.set(s.historyLength + step - 1, transformedValue);
    }
}
