package io.salescast.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Many regular time series of one frequency: the long-format table {@code unique_id, ds, y,
 * covariates...}, stored as primitive arrays per series, plus the static attributes of each
 * series. Immutable. Series keep their own start and length (products launch and stop at
 * different times).
 */
public final class SalesPanel {

    private final Frequency frequency;
    private final List<String> covariateNames;
    private final List<SalesSeries> series;
    private final Map<String, SalesSeries> byId;
    private final StaticAttributes attributes;

    /**
     * @param frequency      period length of every series
     * @param covariateNames names of the covariate arrays carried by each series, in order
     * @param series         the series; ids must be unique
     * @param attributes     static attributes keyed by unique_id (may cover a subset)
     */
    public SalesPanel(Frequency frequency, List<String> covariateNames, List<SalesSeries> series, StaticAttributes attributes) {
        this.frequency = Objects.requireNonNull(frequency, "frequency");
        this.covariateNames = List.copyOf(covariateNames);
        this.series = List.copyOf(series);
        this.attributes = attributes == null ? StaticAttributes.empty() : attributes;
        Map<String, SalesSeries> map = new LinkedHashMap<>();
        for (SalesSeries s : this.series) {
            if (s.covariates().length != this.covariateNames.size()) {
                throw new IllegalArgumentException("series " + s.id() + " has " + s.covariates().length
                        + " covariates, panel declares " + this.covariateNames.size());
            }
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate series id " + s.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Period length. */
    public Frequency frequency() {
        return frequency;
    }

    /** Covariate names, in the order of each series' covariate arrays. */
    public List<String> covariateNames() {
        return covariateNames;
    }

    /** Index of a covariate, or -1. */
    public int covariateIndex(String name) {
        return covariateNames.indexOf(name);
    }

    /** All series in a stable order. */
    public List<SalesSeries> series() {
        return series;
    }

    /** Series ids in the panel's order. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** One series by id. */
    public Optional<SalesSeries> series(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Number of series. */
    public int size() {
        return series.size();
    }

    /** Static attributes. */
    public StaticAttributes attributes() {
        return attributes;
    }

    /** Total number of (series, period) rows. */
    public long rowCount() {
        long n = 0;
        for (SalesSeries s : series) {
            n += s.length();
        }
        return n;
    }

    /** Earliest period label over all series, or null when empty. */
    public LocalDate firstDate() {
        return series.stream().map(SalesSeries::start).min(LocalDate::compareTo).orElse(null);
    }

    /** Latest period label over all series, or null when empty. */
    public LocalDate lastDate() {
        return series.stream().map(s -> s.end(frequency)).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * The panel as known at {@code cutoff}: every series truncated to periods on or before the
     * cutoff; series starting after it are dropped.
     */
    public SalesPanel until(LocalDate cutoff) {
        List<SalesSeries> out = new ArrayList<>(series.size());
        for (SalesSeries s : series) {
            if (s.start().isAfter(cutoff)) {
                continue;
            }
            long n = frequency.periodsBetween(s.start(), cutoff) + 1;
            out.add(n >= s.length() ? s : s.head((int) n));
        }
        return new SalesPanel(frequency, covariateNames, out, attributes);
    }

    /** A panel with the same settings and other series. */
    public SalesPanel withSeries(List<SalesSeries> newSeries) {
        return new SalesPanel(frequency, covariateNames, newSeries, attributes);
    }

    /** A panel keeping only the series whose ids are given (in this panel's order). */
    public SalesPanel select(java.util.Collection<String> ids) {
        java.util.Set<String> keep = new java.util.HashSet<>(ids);
        return withSeries(series.stream().filter(s -> keep.contains(s.id())).toList());
    }

    /** A panel with other static attributes. */
    public SalesPanel withAttributes(StaticAttributes newAttributes) {
        return new SalesPanel(frequency, covariateNames, series, newAttributes);
    }
}
