package io.salescast.features;

import io.salescast.core.SalescastException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link FeatureSpec} against what a forecast strategy can supply. A recursive forecast
 * feeds its own predictions back, so every lag from 1 is available; a direct forecast for steps up
 * to {@code k} sees only the history before the forecast origin, so every target feature must
 * read at least {@code k} periods back. {@link #check} refuses impossible specs and lists
 * warnings; {@link #shift} moves too-short lags out of reach.
 */
public final class LeakageGuard {

    private LeakageGuard() {
    }

    /**
     * Validates a spec for a forecast whose target features must read at least {@code minLag}
     * periods back.
     *
     * @return warnings for the user (lags that will be moved), empty when the spec fits as is
     * @throws SalescastException when a lag, window or period is below 1, or the horizon is below 1
     */
    public static List<String> check(FeatureSpec spec, int horizon, int minLag) {
        if (horizon < 1) {
            throw refuse("The horizon must be at least 1 period (it is " + horizon + ").");
        }
        for (int lag : spec.lags()) {
            if (lag < 1) {
                throw refuse("Lag " + lag + " would read the value being forecast.");
            }
        }
        for (FeatureSpec.RollingFeature r : spec.rolling()) {
            if (r.lag() < 1 || r.window() < 1) {
                throw refuse("The rolling feature " + r.name() + " needs a window and a lag of at least 1.");
            }
            if (r.stat() == FeatureSpec.RollingFeature.Stat.STD && r.window() < 2) {
                throw refuse("A rolling standard deviation needs a window of at least 2 (" + r.name() + ").");
            }
        }
        for (FeatureSpec.DiffFeature d : spec.differences()) {
            if (d.lag() < 1 || d.period() < 1) {
                throw refuse("The difference " + d.name() + " needs a period and a lag of at least 1.");
            }
        }
        for (double a : spec.ewmAlphas()) {
            if (!(a > 0 && a <= 1)) {
                throw refuse("An exponentially weighted mean needs a weight in (0, 1], not " + a + ".");
            }
        }
        List<String> warnings = new ArrayList<>();
        if (spec.minTargetLag() < minLag && spec.minTargetLag() != Integer.MAX_VALUE) {
            warnings.add("Target features shorter than " + minLag + " periods cannot be known " + minLag
                    + " periods ahead without feeding forecasts back; they are shifted to start " + minLag + " periods back.");
        }
        return warnings;
    }

    /**
     * The spec with every target feature reading at least {@code minLag} periods back: a lag
     * {@code L < minLag} becomes {@code L + minLag - 1} (keeping the shape of the recent pattern),
     * rolling windows and differences end {@code minLag} periods back. Expanding and EWM means
     * are shifted by the builder. Identity for {@code minLag <= 1}.
     */
    public static FeatureSpec shift(FeatureSpec spec, int minLag) {
        if (minLag <= 1) {
            return spec;
        }
        Set<Integer> lags = new LinkedHashSet<>();
        for (int lag : spec.lags()) {
            lags.add(lag >= minLag ? lag : lag + minLag - 1);
        }
        Set<FeatureSpec.RollingFeature> rolling = new LinkedHashSet<>();
        for (FeatureSpec.RollingFeature r : spec.rolling()) {
            rolling.add(new FeatureSpec.RollingFeature(r.stat(), r.window(), Math.max(r.lag(), minLag)));
        }
        Set<FeatureSpec.DiffFeature> diffs = new LinkedHashSet<>();
        for (FeatureSpec.DiffFeature d : spec.differences()) {
            diffs.add(new FeatureSpec.DiffFeature(d.period(), Math.max(d.lag(), minLag)));
        }
        return spec.withLags(new ArrayList<>(lags)).withRolling(new ArrayList<>(rolling)).withDifferences(new ArrayList<>(diffs));
    }

    private static SalescastException refuse(String message) {
        return new SalescastException(message, "Change the feature settings: every lag, window and period must be at least 1.",
                null, null);
    }
}
