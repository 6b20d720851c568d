package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end through the engine's features and XGBoost: on a panel with planted promotion
 * uplift, price elasticity and weekly pattern, the explanations recover those drivers as the
 * top families, each in the right direction.
 */
class PlantedDriversTest {

    private static SalesPanel panel;
    private static FittedGlobalForecaster model;
    private static FeatureRows rows;
    private static List<PointExplanation> points;

    @BeforeAll
    static void trainAndExplain() {
        panel = PlantedPanel.generate(16, 420, 3);
        SalesPanel history = panel.until(PlantedPanel.START.plusDays(389));
        ModelSpec spec = ModelSpec.of("xgboost").withParam("trees", 80);
        model = new GlobalForecaster(spec, GlobalModelSettings.from(spec, Frequency.DAILY), 14)
                .fit(history, FeatureSpec.defaults(Frequency.DAILY), new TrainContext(5, Device.CPU, 1, null, null));
        ExplainableModel em = GlobalModelExplainer.defaults(1).explainable(model, model.blocks().get(0));
        FeatureTable table = model.blocks().get(0).builder().table(panel);
        List<double[]> values = new ArrayList<>();
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            SalesSeries s = panel.series().get(table.seriesIndex(r));
            if (table.period(r) >= 390) {
                values.add(table.row(r));
                keys.add(new FeatureRows.RowKey(s.id(), table.date(r), 0, s.y()[table.period(r)]));
            }
        }
        rows = new FeatureRows(table.names(), values.toArray(double[][]::new), keys);
        List<OutputTransform> link = java.util.Collections.nCopies(rows.size(), em.treeShap().link());
        points = UnitsMapping.toSales(em.treeShap().explain("xgboost", rows, em.catalog()), link);
    }

    private double meanFamily(FeatureFamily f, java.util.function.IntPredicate rowFilter) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < points.size(); i++) {
            if (rowFilter.test(i)) {
                s += points.get(i).byFamily().getOrDefault(f, 0.0);
                n++;
            }
        }
        assertThat(n).isPositive();
        return s / n;
    }

    @Test
    void topFamiliesAreThePlantedOnes() {
        GlobalImportance g = GlobalImportance.fromPoints("xgboost", GlobalImportance.Scope.model(), points);
        assertThat(g.familyRanking().subList(0, 4)).containsExactlyInAnyOrder(FeatureFamily.RECENT_SALES, FeatureFamily.PROMOTION,
                FeatureFamily.PRICE, FeatureFamily.SEASONALITY);
    }

    @Test
    void promotionRaisesForecastsOnPromotionDays() {
        int promo = rows.column("promo");
        double on = meanFamily(FeatureFamily.PROMOTION, i -> rows.values()[i][promo] > 0);
        double off = meanFamily(FeatureFamily.PROMOTION, i -> rows.values()[i][promo] == 0);
        assertThat(on).isPositive();
        assertThat(off).isNegative();
    }

    @Test
    void higherPricesLowerForecasts() {
        int price = rows.column("price");
        double high = meanFamily(FeatureFamily.PRICE, i -> rows.values()[i][price] > 11);
        double low = meanFamily(FeatureFamily.PRICE, i -> rows.values()[i][price] < 9);
        assertThat(high).isNegative();
        assertThat(low).isPositive();
    }

    @Test
    void weekendsAreExplainedBySeasonality() {
        double weekend = meanFamily(FeatureFamily.SEASONALITY, i -> rows.keys().get(i).ds().getDayOfWeek().getValue() >= 6);
        double weekday = meanFamily(FeatureFamily.SEASONALITY, i -> rows.keys().get(i).ds().getDayOfWeek().getValue() <= 3);
        assertThat(weekend).isPositive();
        assertThat(weekday).isNegative();
    }

    @Test
    void aPlannedPromotionExplainsTheDifferenceBetweenScenarios() {
        GlobalModelExplainer gx = GlobalModelExplainer.defaults(1);
        ForecastExplanation on = gx.explainForecast(model, 7, future(1), ProgressListener.NONE, CancellationToken.none());
        ForecastExplanation off = gx.explainForecast(model, 7, future(0), ProgressListener.NONE, CancellationToken.none());
        Comparison c = on.compareScenario("P0", "promotion all week", off, "no promotion").orElseThrow();
        assertThat(c.difference()).isPositive();
        assertThat(c.byFamily().get(FeatureFamily.PROMOTION)).isGreaterThan(0.5 * c.difference());
        assertThat(c.contributions().stream().mapToDouble(FeatureContribution::contribution).sum() + c.baseDifference())
                .isCloseTo(c.difference(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void plannedPromotionsAreAttributedForAnyForecasterByExactShapley() {
        FeatureCatalog catalog = FeatureCatalog.derived(Frequency.DAILY);
        ForecastExplanation fx = PlanAttribution.explain(model, model.history(), future(1), 7, catalog,
                ProgressListener.NONE, CancellationToken.none());
        io.salescast.forecast.ForecastFrame planned = model.predict(7, future(1), new int[0]);
        io.salescast.forecast.ForecastFrame none = model.predict(7, future(0), new int[0]);
        assertThat(fx.points()).hasSize(16 * 7).allSatisfy(p -> {
            assertThat(p.method()).isEqualTo(Method.PLAN_SHAPLEY);
            assertThat(p.prediction()).isEqualTo(planned.series(p.uniqueId()).orElseThrow().column("xgboost")[p.step() - 1]);
            assertThat(p.base()).isEqualTo(none.series(p.uniqueId()).orElseThrow().column("xgboost")[p.step() - 1]);
            assertThat(p.additivityError()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(p.contribution("planned_price")).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        });
        double promo = fx.points().stream().mapToDouble(p -> p.contribution("planned_promotion")).sum();
        assertThat(promo).isPositive();
    }

    @Test
    void shapleyOfTwoPlayersMatchesTheHandFormula() {
        // v(0)=1, v(a)=4, v(b)=2, v(ab)=9: phi_a = ((4-1) + (9-2)) / 2 = 5, phi_b = ((2-1) + (9-4)) / 2 = 3
        double[] v = {1, 4, 2, 9};
        assertThat(PlanAttribution.shapley(v, 0, 2)).isEqualTo(5);
        assertThat(PlanAttribution.shapley(v, 1, 2)).isEqualTo(3);
    }

    /** Known-future covariates for 7 days after the training history: last price, promotion on or off. */
    private static SalesPanel future(double promo) {
        List<SalesSeries> out = new ArrayList<>();
        for (SalesSeries s : model.history().series()) {
            double price = s.covariates()[0][s.length() - 1];
            double[] p = new double[7];
            double[] d = new double[7];
            double[] pr = new double[7];
            java.util.Arrays.fill(p, price);
            java.util.Arrays.fill(pr, promo);
            out.add(new SalesSeries(s.id(), s.date(Frequency.DAILY, s.length()), new double[7], new double[][] {p, d, pr}));
        }
        return model.history().withSeries(out);
    }

    @Test
    void permutationImportanceAgreesOnTheBacktest() {
        GlobalImportance g = GlobalModelExplainer.defaults(1).importance(model, panel, 30,
                GlobalImportance.Scope.model(), null,
                new PermutationImportance.Options(2, PermutationImportance.Metric.MAE, 20_000, 3),
                ProgressListener.NONE, CancellationToken.none());
        assertThat(g.familyRanking().subList(0, 4)).contains(FeatureFamily.PROMOTION, FeatureFamily.PRICE);
        assertThat(g.family(FeatureFamily.OTHER)).isLessThan(g.family(FeatureFamily.PROMOTION));
    }
}
