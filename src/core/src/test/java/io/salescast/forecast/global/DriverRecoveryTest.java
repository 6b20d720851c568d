package io.salescast.forecast.global;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.sample.ProductTruth;
import io.salescast.sample.Promotion;
import io.salescast.sample.SampleData;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the generated store, whose promotion uplifts are planted and known, the global XGBoost model
 * forecasts promotion weeks higher by roughly the planted uplift.
 */
class DriverRecoveryTest {

    private static final int H = 7;

    @Test
    void promotionWeeksAreForecastHigherByThePlantedUplift() {
        SampleData data = SampleStore.generate(new SampleOptions(7, 40, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30), false));
        LocalDate end = data.options().end();
        List<SalesSeries> kept = new ArrayList<>();
        for (SalesSeries s : data.panel().series()) {
            ProductTruth t = data.truth().product(s.id()).orElseThrow();
            if (!t.intermittent() && s.end(Frequency.DAILY).equals(end) && !t.promotions().isEmpty()) {
                kept.add(s);
            }
        }
        SalesPanel panel = data.panel().withSeries(kept);
        ModelSpec spec = ModelSpec.of("xgboost").withParam("trees", 100);
        FittedGlobalForecaster f = new GlobalForecaster(spec, GlobalModelSettings.from(spec, Frequency.DAILY), H)
                .fit(panel, FeatureSpec.defaults(Frequency.DAILY), new TrainContext(1, Device.CPU, 2, null, null));
        ForecastFrame off = f.predict(H, future(panel, data, false), new int[0]);
        ForecastFrame on = f.predict(H, future(panel, data, true), new int[0]);
        double base = 0;
        double expected = 0;
        double got = 0;
        for (SalesSeries s : panel.series()) {
            Promotion last = lastPromotion(data, s.id());
            double b = sum(off.series(s.id()).orElseThrow().column("xgboost"));
            base += b;
            expected += b * last.uplift();
            got += sum(on.series(s.id()).orElseThrow().column("xgboost"));
        }
        double plantedRatio = expected / base;
        double modelRatio = got / base;
        assertThat(plantedRatio).isGreaterThan(1.3);
        assertThat(modelRatio).as("model uplift %.3f vs planted %.3f", modelRatio, plantedRatio)
                .isBetween(1 + 0.6 * (plantedRatio - 1), 1 + 1.4 * (plantedRatio - 1));
    }

    private static Promotion lastPromotion(SampleData data, String sku) {
        List<Promotion> p = data.truth().product(sku).orElseThrow().promotions();
        return p.get(p.size() - 1);
    }

    /** The next week at the last regular price, with or without the product's last promotion's discount. */
    private static SalesPanel future(SalesPanel panel, SampleData data, boolean promo) {
        int price = panel.covariateIndex("price");
        int discount = panel.covariateIndex("discount");
        int promoIdx = panel.covariateIndex("promo");
        List<SalesSeries> out = new ArrayList<>();
        for (SalesSeries s : panel.series()) {
            double[][] cov = new double[panel.covariateNames().size()][H];
            for (int k = 0; k < H; k++) {
                cov[price][k] = s.covariates()[price][s.length() - 1];
                cov[discount][k] = promo ? lastPromotion(data, s.id()).discount() : 0;
                cov[promoIdx][k] = promo ? 1 : 0;
            }
            out.add(new SalesSeries(s.id(), s.end(Frequency.DAILY).plusDays(1), new double[H], cov));
        }
        return panel.withSeries(out);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
