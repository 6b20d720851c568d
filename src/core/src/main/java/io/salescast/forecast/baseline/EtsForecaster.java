package io.salescast.forecast.baseline;

import io.salescast.series.Frequency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Exponential smoothing (ETS state-space models, Hyndman et al. 2008) with automatic model choice
 * as in R forecast::ets and statsforecast AutoETS: every admissible combination of error (A/M),
 * trend (N/A/Ad) and season (N/A/M) is fitted by maximum likelihood and the one with the lowest
 * information criterion (AICc by default) is kept.
 * <p>
 * Rules (as forecast::ets): multiplicative components only for strictly positive data; additive
 * errors with multiplicative seasonality are excluded (unstable); seasonal models need a season
 * of 2..24 periods and at least two full seasons (weekly data with a 52-week season is fitted
 * without seasonality); a model needs more than (its number of parameters + 4) observations.
 * Constant (e.g. all-zero) series get a flat forecast; series too short for any model fall back
 * to the historic average; both are noted.
 *
 * @param alias          column name (default {@code ets})
 * @param model          three-letter model code with {@code Z} for "choose": {@code ZZZ} (default),
 *                       {@code ANN}, {@code AAdM}, {@code MZZ}...; an {@code Ad} trend forces damping
 * @param damped         whether trends may / must be damped
 * @param criterion      information criterion for the choice
 * @param seasonLength   season length; 0 takes the frequency's
 * @param maxEvaluations likelihood evaluations allowed per candidate model (default 10000)
 * @param nonNegative    clamp forecasts at zero
 */
public record EtsForecaster(String alias, String model, Damping damped, Criterion criterion, int seasonLength,
                            int maxEvaluations, boolean nonNegative) implements LocalForecaster {

    /** Stable default alias. */
    public static final String ALIAS = "ets";
    /** Largest season length for seasonal models (as R forecast::ets). */
    public static final int MAX_SEASON = 24;

    /** Trend damping choice. */
    public enum Damping {
        /** Try damped and undamped trends. */
        AUTO,
        /** Only damped trends. */
        ALWAYS,
        /** Only undamped trends. */
        NEVER
    }

    /** Information criterion for model choice. */
    public enum Criterion {
        /** Corrected Akaike information criterion (default, as forecast::ets). */
        AICC,
        /** Akaike information criterion. */
        AIC,
        /** Bayesian information criterion. */
        BIC
    }

    /** Validates. */
    public EtsForecaster {
        Baselines.checkAlias(alias);
        Objects.requireNonNull(damped);
        Objects.requireNonNull(criterion);
        model = model == null ? "ZZZ" : model.trim().toUpperCase(Locale.ROOT);
        if (!model.matches("[AMZ](N|A|AD|Z)[NAMZ]")) {
            throw new IllegalArgumentException("ETS model '" + model + "' must be three letters such as ZZZ, ANN, AAdM or MZZ");
        }
        if (seasonLength < 0 || maxEvaluations < 100) {
            throw new IllegalArgumentException("season length must be >= 0 and maxEvaluations >= 100");
        }
    }

    /** Automatic choice (ZZZ, AICc), alias {@code ets}, non-negative. */
    public EtsForecaster() {
        this(ALIAS, "ZZZ", Damping.AUTO, Criterion.AICC, 0, 10000, true);
    }

    /** A fixed model such as {@code AAdA}, under the default alias. */
    public static EtsForecaster of(String modelCode) {
        return new EtsForecaster(ALIAS, modelCode, Damping.AUTO, Criterion.AICC, 0, 10000, true);
    }

    /** Season length used for {@code frequency}. */
    public int season(Frequency frequency) {
        return seasonLength > 0 ? seasonLength : frequency.seasonLength();
    }

    @Override
    public SeriesModel fitSeries(double[] y, Frequency frequency) {
        return select(y, season(frequency));
    }

    /** Fits every candidate on {@code y} with season {@code m} and returns the best. */
    public SeriesModel select(double[] y, int m) {
        int observed = SeriesValues.observed(y);
        if (observed == 0) {
            return SimpleModel.flat(0, "ETS", "no observed values: forecasting 0");
        }
        if (SeriesValues.constant(y)) {
            double v = SeriesValues.compact(y)[0];
            return SimpleModel.flat(v, "ETS (constant)", "constant history: flat forecast");
        }
        List<EtsType> candidates = candidates(y, m, observed);
        EtsModel best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (EtsType type : candidates) {
            EtsModel fit = EtsEstimator.fit(type, m, y, maxEvaluations);
            if (fit == null) {
                continue;
            }
            double score = score(fit);
            if (score < bestScore) {
                bestScore = score;
                best = fit;
            }
        }
        if (best == null) {
            return HistoricAverageForecaster.fit(y, "historic average", candidates.isEmpty()
                    ? "only " + observed + " observations, too few for any ETS model: historic average"
                    : "no ETS model could be fitted: historic average");
        }
        return best;
    }

    private double score(EtsModel fit) {
        return switch (criterion) {
            case AICC -> fit.aicc();
            case AIC -> fit.aic();
            case BIC -> fit.bic();
        };
    }

    /** The model types this spec allows for a series, after the data rules. */
    List<EtsType> candidates(double[] y, int m, int observed) {
        boolean positive = !SeriesValues.anyNonPositive(y);
        boolean seasonalPossible = m > 1 && m <= MAX_SEASON && observed >= 2 * m;
        char e = model.charAt(0);
        String t = model.substring(1, model.length() - 1);
        char s = model.charAt(model.length() - 1);
        List<EtsType> out = new ArrayList<>();
        for (EtsType type : EtsType.all()) {
            if (!matches(e, type.error().name().charAt(0)) || !matches(s, type.season().name().charAt(0))) {
                continue;
            }
            if (!trendMatches(t, type.trend())) {
                continue;
            }
            if (type.needsPositiveData() && !positive || type.hasSeason() && !seasonalPossible) {
                continue;
            }
            if (type.restricted() && model.charAt(0) == 'Z') {
                continue;
            }
            if (observed <= EtsEstimator.parameterCount(type, m) + 3) {
                continue;
            }
            out.add(type);
        }
        return out;
    }

    private static boolean matches(char wanted, char actual) {
        return wanted == 'Z' || wanted == actual;
    }

    private boolean trendMatches(String wanted, EtsType.Trend trend) {
        if (wanted.equals("AD")) {
            return trend == EtsType.Trend.AD;
        }
        boolean trendOk = switch (wanted) {
            case "Z" -> true;
            case "N" -> trend == EtsType.Trend.N;
            default -> trend != EtsType.Trend.N;
        };
        if (!trendOk) {
            return false;
        }
        return switch (damped) {
            case AUTO -> true;
            case ALWAYS -> trend != EtsType.Trend.A;
            case NEVER -> trend != EtsType.Trend.AD;
        };
    }
}
