package io.salescast.forecast.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One member of the ETS (error, trend, seasonality) state-space family of Hyndman et al. (2008),
 * written as {@code ETS(M,Ad,M)}. Multiplicative trends are not offered (as in the default of
 * R forecast::ets).
 *
 * @param error  additive or multiplicative errors
 * @param trend  none, additive, or additive damped
 * @param season none, additive or multiplicative
 */
public record EtsType(Error error, Trend trend, Season season) {

    /** Error component. */
    public enum Error {
        /** Additive. */
        A,
        /** Multiplicative (relative errors; needs positive data). */
        M
    }

    /** Trend component. */
    public enum Trend {
        /** No trend. */
        N,
        /** Additive (linear) trend. */
        A,
        /** Additive damped trend. */
        AD
    }

    /** Seasonal component. */
    public enum Season {
        /** No seasonality. */
        N,
        /** Additive seasonality. */
        A,
        /** Multiplicative seasonality (needs positive data). */
        M
    }

    /** Validates. */
    public EtsType {
        java.util.Objects.requireNonNull(error);
        java.util.Objects.requireNonNull(trend);
        java.util.Objects.requireNonNull(season);
    }

    /**
     * Parses a code such as {@code ANN}, {@code AAdM}, {@code MAdM} or {@code ETS(M,Ad,M)}
     * (case-insensitive).
     */
    public static EtsType parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT).replace("ETS", "").replace("(", "").replace(")", "")
                .replace(",", "").replace(" ", "");
        if (c.length() != 3 && c.length() != 4) {
            throw new IllegalArgumentException("ETS model code '" + code + "' must look like ANN, AAdA or MAdM");
        }
        Error e = Error.valueOf(c.substring(0, 1));
        boolean damped = c.length() == 4;
        if (damped && c.charAt(2) != 'D') {
            throw new IllegalArgumentException("ETS model code '" + code + "' must look like ANN, AAdA or MAdM");
        }
        Trend t = switch (c.charAt(1)) {
            case 'N' -> Trend.N;
            case 'A' -> damped ? Trend.AD : Trend.A;
            default -> throw new IllegalArgumentException("unsupported ETS trend in '" + code + "' (use N, A or Ad)");
        };
        if (t == Trend.N && damped) {
            throw new IllegalArgumentException("ETS model code '" + code + "': only a trend can be damped");
        }
        Season s = Season.valueOf(c.substring(c.length() - 1));
        return new EtsType(e, t, s);
    }

    /** Whether the model has a trend. */
    public boolean hasTrend() {
        return trend != Trend.N;
    }

    /** Whether the trend is damped. */
    public boolean damped() {
        return trend == Trend.AD;
    }

    /** Whether the model has a seasonal component. */
    public boolean hasSeason() {
        return season != Season.N;
    }

    /** Whether any component is multiplicative (the data must then be positive). */
    public boolean needsPositiveData() {
        return error == Error.M || season == Season.M;
    }

    /**
     * Whether the model has infinite forecast variance or is numerically unstable: additive
     * errors with multiplicative seasonality (R forecast::ets excludes them by default).
     */
    public boolean restricted() {
        return error == Error.A && season == Season.M;
    }

    /** Compact code, e.g. {@code MAdM}. */
    public String code() {
        return error.name() + (trend == Trend.AD ? "Ad" : trend.name()) + season.name();
    }

    /** The models auto-selection considers, in a fixed order. */
    public static List<EtsType> all() {
        List<EtsType> out = new ArrayList<>();
        for (Error e : Error.values()) {
            for (Trend t : Trend.values()) {
                for (Season s : Season.values()) {
                    out.add(new EtsType(e, t, s));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ETS(" + error.name() + "," + (trend == Trend.AD ? "Ad" : trend.name()) + "," + season.name() + ")";
    }
}
