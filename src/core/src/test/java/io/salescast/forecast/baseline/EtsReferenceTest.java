package io.salescast.forecast.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ETS against reference values of statsmodels 0.13.5 (Debian 12 python3-statsmodels): ETSModel
 * for models without multiplicative seasonality, Holt-Winters ExponentialSmoothing for those with
 * it (ETSModel's multiplicative-season update differs from Hyndman et al. and R forecast), produced by {@code generate_ets_reference.py} beside {@code ets-reference.csv} in the test
 * resources (see docs/ets-reference.md). Series: Nile flow 1871-1970 and AirPassengers 1949-1960.
 * With fixed parameters and initial states the recursions are deterministic, so fitted values,
 * log-likelihood and 24 forecasts must agree to rounding; for maximum likelihood our estimate must
 * reach at least the log-likelihood statsmodels' own optimiser found.
 */
class EtsReferenceTest {

    /** Rows of one case: kind to (index to value). */
    private static final Map<String, Map<String, Map<String, String>>> CASES = load();

    private static Map<String, Map<String, Map<String, String>>> load() {
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        try (var in = EtsReferenceTest.class.getResourceAsStream("ets-reference.csv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("case,")) {
                    continue;
                }
                String[] p = line.split(",");
                out.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).computeIfAbsent(p[1], k -> new LinkedHashMap<>())
                        .put(p[2], p[3]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static double[] series(String name) {
        Map<String, String> data = CASES.get("data_" + name).get("data");
        double[] y = new double[data.size()];
        data.forEach((t, v) -> y[Integer.parseInt(t)] = Double.parseDouble(v));
        return y;
    }

    private static double[] indexed(Map<String, String> rows, int base) {
        Map<Integer, Double> sorted = new TreeMap<>();
        rows.forEach((k, v) -> sorted.put(Integer.parseInt(k), Double.parseDouble(v)));
        double[] out = new double[sorted.size()];
        sorted.forEach((k, v) -> out[k - base] = v);
        return out;
    }

    private static double get(Map<String, Map<String, String>> c, String kind, String index, double otherwise) {
        Map<String, String> rows = c.get(kind);
        return rows == null || !rows.containsKey(index) ? otherwise : Double.parseDouble(rows.get(index));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nile_ANN", "nile_AAN", "nile_AAdN", "nile_MNN", "nile_MAdN", "air_ANA", "air_AAA",
        "air_AAdA", "air_MNM", "air_MAA", "air_MAM", "air_MAdM"})
    void fixedParametersMatchStatsmodels(String name) {
        Map<String, Map<String, String>> c = CASES.get(name);
        EtsType type = EtsType.parse(c.get("model").get("0"));
        double[] y = series(name.substring(0, name.indexOf('_')));
        EtsParams params = new EtsParams(get(c, "param", "alpha", 0), get(c, "param", "beta", 0),
                get(c, "param", "gamma", 0), get(c, "param", "phi", 1));
        double[] season = c.containsKey("season_state") ? indexed(c.get("season_state"), 0) : new double[0];
        EtsState init = new EtsState(get(c, "level", "0", 0), get(c, "trend", "0", 0), season);

        EtsModel model = EtsModel.filter(type, params, init, y, 0);
        double[] expectedFitted = indexed(c.get("fitted"), 0);
        double[] fitted = model.fitted(y);
        assertThat(fitted).hasSize(expectedFitted.length);
        for (int t = 0; t < fitted.length; t++) {
            assertThat(fitted[t]).as("fitted[%d] of %s", t, name)
                    .isCloseTo(expectedFitted[t], within(1e-9 * Math.max(1, Math.abs(expectedFitted[t]))));
        }
        assertThat(model.logLik()).as("log-likelihood of %s", name)
                .isCloseTo(get(c, "loglik", "0", Double.NaN), within(1e-7));
        double[] forecast = model.forecast(24);
        Map<String, String> expectedForecast = c.get("forecast");
        assertThat(expectedForecast).hasSizeGreaterThanOrEqualTo(22);
        expectedForecast.forEach((h, v) -> {
            double expected = Double.parseDouble(v);
            assertThat(forecast[Integer.parseInt(h) - 1]).as("forecast h=%s of %s", h, name)
                    .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        });
        Map<String, String> predVar = c.get("pred_var");
        if (predVar != null) {
            // statsmodels scales by SSE / n: charge no parameters to get the same variance
            double[] sd = EtsModel.filter(type, params, init, y, 0).forecastSd(24);
            predVar.forEach((h, v) -> assertThat(sd[Integer.parseInt(h) - 1] * sd[Integer.parseInt(h) - 1])
                    .as("forecast variance h=%s of %s", h, name)
                    .isCloseTo(Double.parseDouble(v), within(1e-9 * Double.parseDouble(v))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mle_nile_ANN", "mle_nile_AAdN", "mle_nile_MNN", "mle_air_AAA", "mle_air_AAdA", "mle_air_MAA"})
    void maximumLikelihoodReachesStatsmodelsOptimum(String name) {
        Map<String, Map<String, String>> c = CASES.get(name);
        EtsType type = EtsType.parse(c.get("model").get("0"));
        int m = (int) get(c, "season", "0", 1);
        double[] y = series(name.split("_")[1]);
        EtsModel fit = EtsEstimator.fit(type, m, y, 10000);
        double reference = get(c, "mle_loglik", "0", Double.NaN);
        assertThat(fit).isNotNull();
        assertThat(fit.logLik()).as("log-likelihood of our %s fit vs statsmodels %.4f", type, reference)
                .isGreaterThanOrEqualTo(reference - 1e-3);
    }

    @Test
    void airPassengersAutoSelectionIsMultiplicativeSeasonal() {
        double[] y = series("air");
        SeriesModel chosen = new EtsForecaster().select(y, 12);
        assertThat(chosen).isInstanceOf(EtsModel.class);
        EtsModel ets = (EtsModel) chosen;
        assertThat(ets.type().season()).isEqualTo(EtsType.Season.M);
        assertThat(ets.type().error()).isEqualTo(EtsType.Error.M);
        assertThat(ets.aicc()).as("%s", ets).isFinite();
        // the chosen model has the lowest AICc of all candidates
        for (EtsType type : new EtsForecaster().candidates(y, 12, y.length)) {
            EtsModel other = EtsEstimator.fit(type, 12, y, 10000);
            if (other != null) {
                assertThat(ets.aicc()).as("%s vs %s", ets.type(), type).isLessThanOrEqualTo(other.aicc());
            }
        }
    }

    @Test
    void airPassengers1960HoldoutBeatsSeasonalNaive() {
        double[] all = series("air");
        double[] train = java.util.Arrays.copyOf(all, 132);
        double[] actual = java.util.Arrays.copyOfRange(all, 132, 144);
        double[] ets = new EtsForecaster().select(train, 12).forecast(12);
        double[] snaive = new SeasonalNaiveForecaster().fitSeries(train, io.salescast.series.Frequency.MONTHLY).forecast(12);
        double mapeEts = io.salescast.evaluation.Metrics.mape(actual, ets).value();
        double mapeSnaive = io.salescast.evaluation.Metrics.mape(actual, snaive).value();
        assertThat(mapeEts).as("ETS MAPE on 1960").isLessThan(0.06).isLessThan(mapeSnaive);
    }
}
