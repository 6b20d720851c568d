package io.salescast.features;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a panel into a {@link FeatureTable} following a {@link FeatureSpec}, leakage-safe by
 * construction: the row of period {@code t} reads the target only at {@code t - lag} for lags of
 * at least {@link #minLag()} (never at {@code t} or later), covariates and calendar at
 * {@code t} and earlier, and static attributes. Everything learned from data (attribute levels,
 * per-series scales for {@link FeatureSpec.TargetTransform#SERIES_SCALE}) is learned from the
 * history given to {@link #create}, so a builder made at a backtest cutoff knows nothing after it.
 * Not thread-safe; cheap to create.
 */
public final class FeatureBuilder {

    private final FeatureSpec spec;
    private final Frequency frequency;
    private final int minLag;
    private final List<Column> columns;
    private final List<FeatureInfo> infos;
    private final AttributeEncoder attributeEncoder;
    private final TargetTransformer transformer;
    private final List<String> covariateNames;

    private FeatureBuilder(FeatureSpec spec, SalesPanel history, int horizon, int minLag) {
        this.minLag = Math.max(1, minLag);
        this.spec = LeakageGuard.shift(spec, this.minLag);
        this.frequency = history.frequency();
        this.covariateNames = history.covariateNames();
        this.attributeEncoder = AttributeEncoder.fit(spec.attributes(), history.attributes(), history.ids());
        this.transformer = TargetTransformer.fit(spec.transform(), history);
        List<Column> cols = new ArrayList<>();
        for (Column c : TargetColumns.create(this.spec, frequency)) {
            boolean smoothed = c.info().name().startsWith("ewm_") || c.info().name().startsWith("expanding_");
            if (this.minLag <= 1 || !smoothed) {
                cols.add(c);
            }
        }
        if (this.minLag > 1) {
            cols.addAll(TargetColumns.createShifted(this.spec, frequency, this.minLag));
        }
        cols.addAll(CalendarColumns.calendar(this.spec, frequency));
        if (this.spec.festivals() || !this.spec.customEvents().isEmpty()) {
            cols.addAll(CalendarColumns.events(eventCalendar(history, horizon), this.spec.eventWindow(), frequency));
        }
        cols.addAll(CovariateColumns.create(this.spec, history));
        List<FeatureInfo> attrCols = attributeEncoder.columns();
        for (int j = 0; j < attrCols.size(); j++) {
            int idx = j;
            cols.add(Column.of(attrCols.get(j), (s, t) -> s.attributes[idx]));
        }
        this.columns = List.copyOf(cols);
        List<FeatureInfo> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.info());
        }
        this.infos = List.copyOf(out);
    }

    /** A builder for recursive forecasting (every lag from 1 usable). */
    public static FeatureBuilder create(FeatureSpec spec, SalesPanel history, int horizon) {
        return create(spec, history, horizon, 1);
    }

    /**
     * A builder whose target features read at least {@code minLag} periods back (direct
     * forecasting of steps up to {@code minLag}); shorter lags are shifted by {@link LeakageGuard#shift}.
     *
     * @param spec    the features
     * @param history training history: attribute levels, scales and the event years come from it
     * @param horizon forecast horizon (the event calendar covers it)
     * @param minLag  shortest target lag allowed (1 for recursive forecasting)
     */
    public static FeatureBuilder create(FeatureSpec spec, SalesPanel history, int horizon, int minLag) {
        LeakageGuard.check(spec, horizon, Math.max(1, minLag));
        return new FeatureBuilder(spec, history, horizon, minLag);
    }

    /** The effective spec (after shifting for {@link #minLag()}). */
    public FeatureSpec spec() {
        return spec;
    }

    /** Shortest target lag the features read. */
    public int minLag() {
        return minLag;
    }

    /** Feature columns in order. */
    public List<FeatureInfo> features() {
        return infos;
    }

    /** Frequency of the panel. */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * Training rows: for every series, the periods with a known target among its last
     * {@code maxPeriods} periods (all when {@code maxPeriods <= 0}), from period {@link #minLag()} on.
     */
    public FeatureTable trainingTable(SalesPanel history, int maxPeriods) {
        List<SeriesState> states = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (SalesSeries s : history.series()) {
            SeriesState st = state(s, history, 0, null);
            int from = Math.max(minLag, maxPeriods > 0 ? s.length() - maxPeriods : 0);
            states.add(st);
            ranges.add(new int[] {from, s.length()});
        }
        return fill(states, ranges, true);
    }

    /** Rows for every period of every series (target NaN where unknown): for inspection and tests. */
    public FeatureTable table(SalesPanel panel) {
        List<SeriesState> states = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (SalesSeries s : panel.series()) {
            states.add(state(s, panel, 0, null));
            ranges.add(new int[] {0, s.length()});
        }
        return fill(states, ranges, false);
    }

    /**
     * A cursor over the {@code horizon} periods after each series of {@code history}, for
     * forecasting.
     *
     * @param future known-future covariates (see {@link io.salescast.forecast.FittedForecaster#predict}), or null
     */
    public ForecastCursor cursor(SalesPanel history, SalesPanel future, int horizon) {
        List<SeriesState> states = new ArrayList<>();
        for (SalesSeries s : history.series()) {
            SalesSeries f = future == null ? null : future.series(s.id()).orElse(null);
            states.add(state(s, history, horizon, f));
        }
        return new ForecastCursor(this, states, horizon);
    }

    /** Transformed target value of a series (the scale the model learns on). */
    public double forward(String seriesId, double y) {
        return transformer.forward(seriesId, y);
    }

    /** Inverse of {@link #forward}: back to units. */
    public double inverse(String seriesId, double v) {
        return transformer.inverse(seriesId, v);
    }

    FeatureTable fill(List<SeriesState> states, List<int[]> ranges, boolean knownTargetOnly) {
        int n = 0;
        for (int i = 0; i < states.size(); i++) {
            n += countRows(states.get(i), ranges.get(i), knownTargetOnly);
        }
        double[][] values = new double[columns.size()][n];
        int[] seriesIndex = new int[n];
        int[] period = new int[n];
        long[] day = new long[n];
        double[] target = new double[n];
        List<String> ids = new ArrayList<>(states.size());
        int r = 0;
        for (int i = 0; i < states.size(); i++) {
            SeriesState st = states.get(i);
            ids.add(st.id);
            for (int t = ranges.get(i)[0]; t < ranges.get(i)[1]; t++) {
                double y = t < st.historyLength ? st.y[t] : Double.NaN;
                if (knownTargetOnly && Double.isNaN(y)) {
                    continue;
                }
                for (int j = 0; j < columns.size(); j++) {
                    values[j][r] = columns.get(j).value(st, t);
                }
                seriesIndex[r] = i;
                period[r] = t;
                day[r] = st.date(t).toEpochDay();
                target[r] = y;
                r++;
            }
        }
        return new FeatureTable(infos, values, ids, seriesIndex, period, day, target);
    }

    private static int countRows(SeriesState st, int[] range, boolean knownTargetOnly) {
        int n = 0;
        for (int t = range[0]; t < range[1]; t++) {
            if (!knownTargetOnly || (t < st.historyLength && !Double.isNaN(st.y[t]))) {
                n++;
            }
        }
        return n;
    }

    private SeriesState state(SalesSeries s, SalesPanel panel, int horizon, SalesSeries future) {
        int len = s.length();
        double[] y = new double[len + horizon];
        for (int t = 0; t < len; t++) {
            y[t] = transformer.forward(s.id(), s.y()[t]);
        }
        for (int t = len; t < y.length; t++) {
            y[t] = Double.NaN;
        }
        double[][] cov = FutureCovariates.extend(s, future, covariateNames, frequency, horizon);
        double[] alphas = spec.ewmAlphas().stream().mapToDouble(Double::doubleValue).toArray();
        return new SeriesState(s.id(), s.start(), frequency, y, len, cov, attributeEncoder.encode(panel.attributes(), s.id()),
                alphas);
    }

    private EventCalendar eventCalendar(SalesPanel history, int horizon) {
        int from = history.firstDate() == null ? 2000 : history.firstDate().getYear() - 1;
        int to = history.lastDate() == null ? 2000 : frequency.step(history.lastDate(), horizon).getYear() + 1;
        EventCalendar cal = spec.festivals() ? EventCalendar.builtIn(from, to) : new EventCalendar(List.of());
        if (spec.festivals() && !spec.festivalNames().isEmpty()) {
            cal = new EventCalendar(cal.events().stream().filter(e -> spec.festivalNames().contains(e.name())).toList());
        }
        return cal.withCustom(spec.customEvents());
    }

    /** Column index by name (for tests). */
    Map<String, Integer> columnIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int j = 0; j < infos.size(); j++) {
            m.put(infos.get(j).name(), j);
        }
        return Collections.unmodifiableMap(m);
    }
}
