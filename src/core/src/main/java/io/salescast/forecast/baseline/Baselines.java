package io.salescast.forecast.baseline;

import io.salescast.core.SalescastException;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of baseline methods by stable alias, and the standard set every leaderboard
 * shows.
 */
public final class Baselines {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Baselines() {
    }

    /** Stable aliases of the baseline methods with default settings. */
    public static List<String> aliases() {
        return List.of(NaiveForecaster.ALIAS, SeasonalNaiveForecaster.ALIAS, MovingAverageForecaster.ALIAS,
                HistoricAverageForecaster.ALIAS, EtsForecaster.ALIAS, CrostonForecaster.ALIAS,
                CrostonForecaster.ALIAS_SBA, CrostonForecaster.ALIAS_TSB);
    }

    /**
     * The baselines run alongside every model: naive, seasonal naive, moving average, historic
     * average (cheap; seasonal naive is the reference of every skill score).
     */
    public static List<LocalForecaster> standard() {
        return List.of(new NaiveForecaster(), new SeasonalNaiveForecaster(), new MovingAverageForecaster(),
                new HistoricAverageForecaster());
    }

    /** A baseline with default settings by its alias (case-insensitive), if there is one. */
    public static Optional<LocalForecaster> byAlias(String alias) {
        String a = alias.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (a) {
            case NaiveForecaster.ALIAS -> new NaiveForecaster();
            case SeasonalNaiveForecaster.ALIAS, "snaive" -> new SeasonalNaiveForecaster();
            case MovingAverageForecaster.ALIAS -> new MovingAverageForecaster();
            case HistoricAverageForecaster.ALIAS, "mean" -> new HistoricAverageForecaster();
            case EtsForecaster.ALIAS, "autoets" -> new EtsForecaster();
            case CrostonForecaster.ALIAS -> CrostonForecaster.classic();
            case CrostonForecaster.ALIAS_SBA, "sba" -> CrostonForecaster.sba();
            case CrostonForecaster.ALIAS_TSB -> CrostonForecaster.tsb();
            default -> null;
        });
    }

    /**
     * A baseline of type {@code type} (an alias of {@link #aliases()}, case-insensitive) under
     * {@code alias}, with text parameters as a project file or the command line gives them:
     * {@code non_negative} (all; true/false), {@code season} (seasonal_naive, ets), {@code window}
     * (moving_average), {@code model}, {@code damped} (auto/true/false), {@code criterion}
     * (aicc/aic/bic), {@code max_evaluations} (ets), {@code alpha} (croston, croston_sba, tsb),
     * {@code alpha_p} (tsb).
     *
     * @throws SalescastException for an unknown type, an unknown parameter or a bad value
     */
    public static LocalForecaster create(String type, String alias, Map<String, String> params) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        LocalForecaster base = byAlias(t).orElseThrow(() -> new SalescastException("There is no baseline type '" + type + "'.",
                "Known baselines: " + String.join(", ", aliases()) + ".", null, null));
        String name = alias == null || alias.isBlank() ? base.alias() : alias.trim();
        Params p = new Params(name, params);
        boolean nonNegative = p.bool("non_negative", true);
        LocalForecaster out;
        try {
            out = build(base, name, p, nonNegative);
        } catch (IllegalArgumentException e) {
            throw new SalescastException("Model " + name + " (" + t + "): " + e.getMessage() + ".",
                    "Correct the model's name or parameters.", null, e);
        }
        p.checkAllUsed(t);
        return out;
    }

    private static LocalForecaster build(LocalForecaster base, String name, Params p, boolean nonNegative) {
        LocalForecaster out;
        if (base instanceof SeasonalNaiveForecaster) {
            out = new SeasonalNaiveForecaster(name, p.integer("season", 0, 0), nonNegative);
        } else if (base instanceof MovingAverageForecaster) {
            out = new MovingAverageForecaster(name, p.integer("window", 0, 1), nonNegative);
        } else if (base instanceof HistoricAverageForecaster) {
            out = new HistoricAverageForecaster(name, nonNegative);
        } else if (base instanceof EtsForecaster) {
            out = new EtsForecaster(name, p.text("model", "ZZZ"),
                    p.choice("damped", EtsForecaster.Damping.AUTO, Map.of("auto", EtsForecaster.Damping.AUTO,
                            "true", EtsForecaster.Damping.ALWAYS, "false", EtsForecaster.Damping.NEVER)),
                    p.choice("criterion", EtsForecaster.Criterion.AICC, Map.of("aicc", EtsForecaster.Criterion.AICC,
                            "aic", EtsForecaster.Criterion.AIC, "bic", EtsForecaster.Criterion.BIC)),
                    p.integer("season", 0, 0), p.integer("max_evaluations", 10000, 100), nonNegative);
        } else if (base instanceof CrostonForecaster c) {
            out = new CrostonForecaster(name, c.variant(), p.fraction("alpha", c.alpha()),
                    c.variant() == CrostonForecaster.Variant.TSB ? p.fraction("alpha_p", c.alphaProbability()) : c.alphaProbability(),
                    nonNegative);
        } else {
            out = new NaiveForecaster(name, nonNegative);
        }
        return out;
    }

    /** Reads typed values from text parameters and remembers which were used. */
    private static final class Params {
        private final String model;
        private final Map<String, String> values;
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Params(String model, Map<String, String> values) {
            this.model = model;
            this.values = values == null ? Map.of() : values;
        }

        String text(String key, String otherwise) {
            used.add(key);
            String v = values.get(key);
            return v == null || v.isBlank() ? otherwise : v.trim();
        }

        boolean bool(String key, boolean otherwise) {
            String v = text(key, null);
            if (v == null) {
                return otherwise;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw bad(key, v, "true or false");
            };
        }

        int integer(String key, int otherwise, int min) {
            String v = text(key, null);
            if (v == null) {
                return otherwise;
            }
            try {
                int i = Integer.parseInt(v);
                if (i < min) {
                    throw bad(key, v, "a whole number of at least " + min);
                }
                return i;
            } catch (NumberFormatException e) {
                throw bad(key, v, "a whole number");
            }
        }

        double fraction(String key, double otherwise) {
            String v = text(key, null);
            if (v == null) {
                return otherwise;
            }
            try {
                double d = Double.parseDouble(v);
                if (!(d > 0 && d <= 1)) {
                    throw bad(key, v, "a number above 0 and at most 1");
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(key, v, "a number above 0 and at most 1");
            }
        }

        <T> T choice(String key, T otherwise, Map<String, T> options) {
            String v = text(key, null);
            if (v == null) {
                return otherwise;
            }
            T t = options.get(v.toLowerCase(Locale.ROOT));
            if (t == null) {
                throw bad(key, v, "one of " + String.join(", ", new java.util.TreeSet<>(options.keySet())));
            }
            return t;
        }

        void checkAllUsed(String type) {
            for (String k : values.keySet()) {
                if (!used.contains(k)) {
                    throw new SalescastException("Model " + model + " (" + type + ") has no parameter '" + k + "'.",
                            "Parameters of " + type + ": " + String.join(", ", new java.util.TreeSet<>(used)) + ".", null, null);
                }
            }
        }

        private SalescastException bad(String key, String value, String expected) {
            return new SalescastException("Parameter " + key + " of model " + model + " is '" + value + "'.",
                    "Use " + expected + ".", null, null);
        }
    }

    /** Checks that an alias is usable as a column name (letter, then letters, digits, underscores). */
    static void checkAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("model alias '" + alias
                    + "' must start with a letter and contain only letters, digits and underscores");
        }
    }

    /** Joins two notes with "; ", either may be null. */
    static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }
}
