package io.salescast.forecast.baseline;

import java.util.List;
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
