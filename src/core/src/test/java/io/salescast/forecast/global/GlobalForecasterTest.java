package io.salescast.forecast.global;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.testing.SyntheticPanels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalForecasterTest {

    private static final SalesPanel PANEL = SyntheticPanels.daily(12, 500, 2.0, 11);

    private static FittedGlobalForecaster fit(ModelSpec spec, int horizon) {
        GlobalForecaster f = new GlobalForecaster(spec, GlobalModelSettings.from(spec, Frequency.DAILY), horizon);
        return f.fit(PANEL, FeatureSpec.defaults(Frequency.DAILY), new TrainContext(42, io.salescast.forecast.Device.CPU, 1, null, null));
    }

    @Test
    void xgboostForecastsAreNonNegativeReproducibleAndExposeTheirRows() {
        ModelSpec spec = ModelSpec.of("xgboost").withParam("trees", 60);
        FittedGlobalForecaster a = fit(spec, 14);
        GlobalPrediction pa = a.predictDetailed(14, null);
        ForecastFrame fb = fit(spec, 14).predict(14, null, new int[0]);
        for (ForecastFrame.SeriesForecast s : pa.frame().series()) {
            assertThat(s.column("xgboost")).hasSize(14);
            assertThat(java.util.Arrays.stream(s.column("xgboost")).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(s.column("xgboost")).containsExactly(fb.series(s.id()).orElseThrow().column("xgboost"));
            assertThat(s.start()).isEqualTo(PANEL.series(s.id()).orElseThrow().end(Frequency.DAILY).plusDays(1));
        }
        assertThat(pa.blocks()).hasSize(1);
        assertThat(pa.blocks().get(0).rows().rowCount()).isEqualTo(12 * 14);
        assertThat(a.features().get(0).name()).isEqualTo("lag_1");
    }

    @Test
    void promotionsInTheFutureRaiseTheForecastByThePlantedUplift() {
        FittedGlobalForecaster f = fit(ModelSpec.of("xgboost").withParam("trees", 150), 7);
        double off = total(f.predict(7, future(false), new int[0]), f.alias());
        double on = total(f.predict(7, future(true), new int[0]), f.alias());
        assertThat(on / off).isBetween(1.6, 2.4);
    }

    @Test
    void directStrategyTrainsOneModelPerStepGroup() {
        FittedGlobalForecaster f = fit(ModelSpec.of("xgboost").withParam("trees", 40).withParam("strategy", "direct"), 14);
        assertThat(f.blocks()).hasSize(2);
        assertThat(f.blocks().get(1).features().get(0).name()).isEqualTo("lag_14");
        assertThat(f.predict(14, null, new int[0]).series().get(0).column("xgboost")).hasSize(14);
    }

    @Test
    void otherAlgorithmsTrain() {
        for (String type : List.of("cart", "linear", "elastic_net", "random_forest")) {
            FittedGlobalForecaster f = fit(ModelSpec.of(type).withParam("trees", 5).withParam("train_window", 120), 7);
            double[] v = f.predict(7, null, new int[0]).series().get(0).column(type);
            assertThat(v).as(type).hasSize(7);
            assertThat(java.util.Arrays.stream(v).allMatch(x -> Double.isFinite(x) && x >= 0)).as(type).isTrue();
        }
    }

    private static double total(ForecastFrame frame, String col) {
        double sum = 0;
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            for (double v : s.column(col)) {
                sum += v;
            }
        }
        return sum;
    }

    private static SalesPanel future(boolean promo) {
        List<SalesSeries> out = new ArrayList<>();
        for (SalesSeries s : PANEL.series()) {
            double base = s.covariates()[0][0] / (s.covariates()[1][0] > 0 ? 0.8 : 1);
            double[] price = new double[7];
            double[] pr = new double[7];
            for (int k = 0; k < 7; k++) {
                price[k] = promo ? base * 0.8 : base;
                pr[k] = promo ? 1 : 0;
            }
            out.add(new SalesSeries(s.id(), s.end(Frequency.DAILY).plusDays(1), new double[7], new double[][] {price, pr}));
        }
        return PANEL.withSeries(out);
    }
}
