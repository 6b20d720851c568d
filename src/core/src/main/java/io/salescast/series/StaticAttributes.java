package io.salescast.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-series attributes that do not change over time (category, brand, launch date, list price,
 * name...), kept apart from the time series and keyed by unique_id. Values are stored as text;
 * numeric attributes parse as numbers when a feature needs them.
 */
public final class StaticAttributes {

    private static final StaticAttributes EMPTY = new StaticAttributes(List.of(), Map.of());

    private final List<String> names;
    private final Map<String, String[]> valuesById;

    /**
     * @param names      attribute names in display order
     * @param valuesById for each unique_id, the values in the order of {@code names} (null = unknown)
     */
    public StaticAttributes(List<String> names, Map<String, String[]> valuesById) {
        this.names = List.copyOf(names);
        Map<String, String[]> copy = new LinkedHashMap<>();
        valuesById.forEach((id, v) -> {
            if (v.length != names.size()) {
                throw new IllegalArgumentException("attributes of " + id + " have " + v.length + " values, expected " + names.size());
            }
            copy.put(id, v.clone());
        });
        this.valuesById = Collections.unmodifiableMap(copy);
    }

    /** No attributes at all. */
    public static StaticAttributes empty() {
        return EMPTY;
    }

    /** Attribute names in display order. */
    public List<String> names() {
        return names;
    }

    /** Series that have attributes. */
    public java.util.Set<String> ids() {
        return valuesById.keySet();
    }

    /** Value of attribute {@code name} for series {@code id}, or null when unknown. */
    public String get(String id, String name) {
        int i = names.indexOf(name);
        String[] v = valuesById.get(id);
        return i < 0 || v == null ? null : v[i];
    }

    /** Whether the attribute exists. */
    public boolean has(String name) {
        return names.contains(name);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StaticAttributes s) || !names.equals(s.names) || !valuesById.keySet().equals(s.valuesById.keySet())) {
            return false;
        }
        for (var e : valuesById.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), s.valuesById.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, valuesById.keySet());
    }
}
