package io.salescast.explain;

import io.salescast.series.Frequency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TreeShapTest {

    private static Planted train;
    private static Planted test;
    private static XGBoostModel<Regressor> model;
    private static TreeShap shap;

    @BeforeAll
    static void trainModel() {
        train = Planted.generate(1500, 11);
        test = Planted.generate(300, 12);
        model = TribuoFixtures.xgboost(Planted.NAMES, train.x, train.y, 60);
        shap = new TreeShap(model);
    }

    @Test
    void contributionsPlusBaseEqualTribuosPredictionOnEveryTestRow() {
        double[] tribuo = TribuoFixtures.predictWithTribuo(model, Planted.NAMES, test.x);
        List<PointExplanation> ex = shap.explain("xgb", FeatureRows.anonymous(Planted.NAMES, test.x),
                FeatureCatalog.derived(Frequency.DAILY));
        assertThat(ex).hasSize(test.x.length);
        for (int i = 0; i < ex.size(); i++) {
            PointExplanation p = ex.get(i);
            double tol = 1e-4 * Math.max(1, Math.abs(tribuo[i]));
            assertThat(p.base() + p.sumOfContributions()).as("row %d", i).isCloseTo(tribuo[i], within(tol));
            assertThat(p.prediction()).isCloseTo(tribuo[i], within(tol));
            assertThat(p.additivityError()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void baseValueIsTheSameForEveryRowAndNearTheMeanPrediction() {
        double[][] phi = shap.contributions(Planted.NAMES, test.x);
        double mean = 0;
        for (double p : shap.predict(Planted.NAMES, train.x)) {
            mean += p / train.x.length;
        }
        for (double[] r : phi) {
            assertThat(r[Planted.NAMES.size()]).isEqualTo(phi[0][Planted.NAMES.size()]);
        }
        assertThat(phi[0][Planted.NAMES.size()]).isCloseTo(mean, within(1.0));
    }

    @Test
    void boosterPredictionMatchesTribuo() {
        double[] tribuo = TribuoFixtures.predictWithTribuo(model, Planted.NAMES, test.x);
        double[] direct = shap.predictFunction(Planted.NAMES).predict(test.x);
        for (int i = 0; i < tribuo.length; i++) {
            assertThat(direct[i]).isCloseTo(tribuo[i], within(1e-5 * Math.max(1, Math.abs(tribuo[i]))));
        }
    }

    @Test
    void plantedDriversGetTheRightSign() {
        double[][] phi = shap.contributions(Planted.NAMES, test.x);
        double promoOn = 0;
        double promoOff = 0;
        int on = 0;
        double priceCov = 0;
        double noise = 0;
        for (int i = 0; i < test.x.length; i++) {
            if (test.x[i][2] == 1) {
                promoOn += phi[i][2];
                on++;
            } else {
                promoOff += phi[i][2];
            }
            priceCov += (test.x[i][3] - 10) * phi[i][3];
            noise += Math.abs(phi[i][4]);
        }
        promoOn /= on;
        promoOff /= test.x.length - on;
        assertThat(promoOn - promoOff).as("promotion uplift").isCloseTo(Planted.PROMO_UPLIFT, within(1.5));
        assertThat(priceCov).as("higher price, lower sales").isNegative();
        assertThat(noise / test.x.length).as("an unused column matters little").isLessThan(0.5);
    }

    @Test
    void unknownColumnsGetZeroAndColumnOrderDoesNotMatter() {
        List<String> shuffled = List.of("price", "unknown", "promo", "lag_7", "noise_feature", "dow");
        int[] from = {3, -1, 2, 0, 4, 1};
        double[][] rows = new double[5][6];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 6; j++) {
                rows[i][j] = from[j] < 0 ? 42 : test.x[i][from[j]];
            }
        }
        double[][] a = shap.contributions(shuffled, rows);
        double[][] b = shap.contributions(Planted.NAMES, java.util.Arrays.copyOf(test.x, 5));
        for (int i = 0; i < 5; i++) {
            assertThat(a[i][1]).isZero();
            assertThat(a[i][0]).isEqualTo(b[i][3]);
            assertThat(a[i][3]).isEqualTo(b[i][0]);
            assertThat(a[i][6]).isEqualTo(b[i][5]);
        }
    }

    @Test
    void missingValuesAreHandledLikeTribuo() {
        double[][] rows = {test.x[0].clone(), test.x[1].clone()};
        rows[0][0] = Double.NaN;
        rows[1][3] = Double.NaN;
        double[] tribuo = TribuoFixtures.predictWithTribuo(model, Planted.NAMES, rows);
        double[][] phi = shap.contributions(Planted.NAMES, rows);
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (double v : phi[i]) {
                sum += v;
            }
            assertThat(sum).isCloseTo(tribuo[i], within(1e-4 * Math.max(1, Math.abs(tribuo[i]))));
        }
    }

    @Test
    void tweedieObjectiveIsExplainedInMarginSpaceAndRestatedInUnits() {
        XGBoostModel<Regressor> tweedie = TribuoFixtures.xgboost(Planted.NAMES, train.x, train.y, 40,
                org.tribuo.regression.xgboost.XGBoostRegressionTrainer.RegressionType.TWEEDIE);
        TreeShap ts = new TreeShap(tweedie);
        assertThat(ts.logLink()).isTrue();
        assertThat(shap.logLink()).isFalse();
        double[] tribuo = TribuoFixtures.predictWithTribuo(tweedie, Planted.NAMES, test.x);
        List<PointExplanation> margin = ts.explain("tw", FeatureRows.anonymous(Planted.NAMES, test.x),
                FeatureCatalog.derived(Frequency.DAILY));
        for (int i = 0; i < tribuo.length; i++) {
            PointExplanation m = margin.get(i);
            assertThat(Math.exp(m.prediction())).isCloseTo(tribuo[i], within(1e-4 * tribuo[i]));
            PointExplanation u = UnitsMapping.toSales(m, ts.link());
            assertThat(u.prediction()).isCloseTo(tribuo[i], within(1e-4 * tribuo[i]));
            assertThat(u.additivityError()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void supportsOnlyXgboostRegression() {
        assertThat(TreeShap.supports(model)).isTrue();
        assertThat(shap.modelFeatureNames()).containsExactlyInAnyOrderElementsOf(Planted.NAMES);
    }
}
