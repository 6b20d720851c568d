package io.salescast.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A model as a project file and the command line describe it: a type ({@code xgboost},
 * {@code random_forest}, {@code cart}, {@code linear}, {@code elastic_net}, the baselines
 * {@code naive}, {@code seasonal_naive}, {@code ets}..., the blends {@code ensemble} and
 * {@code stacked}), a unique alias used as the output column, and text parameters
 * ({@code trees=300}, {@code strategy=direct}...). Immutable and JSON-friendly;
 * {@link ModelCatalog} turns it into a {@link Forecaster}.
 *
 * @param type   model type (lower case)
 * @param alias  output column name; defaults to the type
 * @param params parameters by name (values as text); unknown names are refused by the catalog
 */
public record ModelSpec(String type, String alias, Map<String, String> params) {

    /** Normalises and copies. */
    public ModelSpec {
        Objects.requireNonNull(type, "type");
        type = type.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        alias = alias == null || alias.isBlank() ? type : alias.trim();
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A spec with default parameters, aliased as its type. */
    public static ModelSpec of(String type) {
        return new ModelSpec(type, null, Map.of());
    }

    /**
     * Parses the command-line form {@code type}, {@code type:key=value;key=value} or
     * {@code alias=type:key=value}.
     */
    public static ModelSpec parse(String text) {
        String t = text.trim();
        String alias = null;
        int colon = t.indexOf(':');
        int eq = t.indexOf('=');
        if (eq > 0 && (colon < 0 || eq < colon)) {
            alias = t.substring(0, eq).trim();
            t = t.substring(eq + 1).trim();
            colon = t.indexOf(':');
        }
        Map<String, String> params = new LinkedHashMap<>();
        String type = colon < 0 ? t : t.substring(0, colon);
        if (colon >= 0) {
            for (String kv : t.substring(colon + 1).split(";")) {
                if (kv.isBlank()) {
                    continue;
                }
                int e = kv.indexOf('=');
                if (e <= 0) {
                    throw new IllegalArgumentException("model parameter '" + kv + "' in '" + text + "' is not key=value");
                }
                params.put(kv.substring(0, e).trim(), kv.substring(e + 1).trim());
            }
        }
        return new ModelSpec(type, alias, params);
    }

    /** The same spec with another alias. */
    public ModelSpec withAlias(String newAlias) {
        return new ModelSpec(type, newAlias, params);
    }

    /** The same spec with one parameter set. */
    public ModelSpec withParam(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(name, String.valueOf(value));
        return new ModelSpec(type, alias, p);
    }

    /** A text parameter or its default. */
    public String param(String name, String defaultValue) {
        return params.getOrDefault(name, defaultValue);
    }

    /** An integer parameter or its default. */
    public int intParam(String name, int defaultValue) {
        String v = params.get(name);
        try {
            return v == null ? defaultValue : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of model " + alias + " must be a whole number, not '" + v + "'", e);
        }
    }

    /** A decimal parameter or its default. */
    public double doubleParam(String name, double defaultValue) {
        String v = params.get(name);
        try {
            return v == null ? defaultValue : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " of model " + alias + " must be a number, not '" + v + "'", e);
        }
    }

    /** Command-line form, the inverse of {@link #parse}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!alias.equals(type)) {
            sb.append(alias).append('=');
        }
        sb.append(type);
        if (!params.isEmpty()) {
            sb.append(':');
            StringBuilder p = new StringBuilder();
            params.forEach((k, v) -> p.append(p.isEmpty() ? "" : ";").append(k).append('=').append(v));
            sb.append(p);
        }
        return sb.toString();
    }
}
