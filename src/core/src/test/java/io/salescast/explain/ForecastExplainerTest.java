package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastExplainerTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final FeatureCatalog CATALOG = FeatureCatalog.derived(Frequency.DAILY);
    private static TreeShap shap;
    private static Background background;
    private static FeatureRows rows;
    private static List<OutputTransform> toSales;

    @BeforeAll
    static void setUp() {
        Planted train = Planted.generate(1200, 1);
        shap = new TreeShap(TribuoFixtures.xgboost(Planted.NAMES, train.x, train.y, 40));
        background = Background.of(Planted.NAMES, train.x, 40, 3);
        Planted future = Planted.generate(20, 9);
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        toSales = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = i < 10 ? "A" : "B";
            int step = i % 10 + 1;
            keys.add(new FeatureRows.RowKey(id, START.plusDays(step - 1), step, Double.NaN));
            // series B was trained on a scale of 2.5 units per model unit
            toSales.add(id.equals("A") ? OutputTransform.identity() : OutputTransform.affine(2.5, 0).clampedAtZero());
        }
        rows = new FeatureRows(Planted.NAMES, future.x, keys);
    }

    private static ExplainableModel xgb(boolean recursive) {
        return new ExplainableModel("xgboost", shap.predictFunction(Planted.NAMES), shap, CATALOG, background, recursive);
    }

    @Test
    void treeShapIsAdditiveInModelSpaceAndInSalesUnits() {
        ForecastExplanation fx = new ForecastExplainer(ForecastExplainer.Options.defaults(1))
                .explain(xgb(true), rows, toSales, ProgressListener.NONE, CancellationToken.none());
        assertThat(fx.method()).isEqualTo(Method.TREE_SHAP);
        double[] direct = shap.predict(Planted.NAMES, rows.values());
        for (int i = 0; i < rows.size(); i++) {
            PointExplanation m = fx.modelSpace().get(i);
            PointExplanation s = fx.points().get(i);
            assertThat(m.prediction()).isCloseTo(direct[i], within(1e-4 * Math.max(1, Math.abs(direct[i]))));
            assertThat(m.additivityError()).isCloseTo(0, within(1e-9));
            assertThat(s.units()).isEqualTo(Units.SALES);
            assertThat(s.prediction()).isCloseTo(toSales.get(i).toSales(m.prediction()), within(1e-9));
            assertThat(s.additivityError()).isCloseTo(0, within(1e-9));
        }
        PeriodExplanation b = fx.period("B").orElseThrow();
        assertThat(b.points()).isEqualTo(10);
        assertThat(b.additivityError()).isCloseTo(0, within(1e-8));
        Comparison ab = fx.compare("A", "B").orElseThrow();
        assertThat(ab.contributions().stream().mapToDouble(FeatureContribution::contribution).sum()
                + ab.baseDifference()).isCloseTo(ab.difference(), within(1e-8));
    }

    @Test
    void recursiveForecastsMarkLagInputsThatReadEarlierForecasts() {
        ForecastExplanation fx = new ForecastExplainer(ForecastExplainer.Options.defaults(1))
                .explain(xgb(true), rows, toSales, ProgressListener.NONE, CancellationToken.none());
        for (PointExplanation p : fx.series("A")) {
            FeatureContribution lag7 = p.contributions().get(0);
            assertThat(lag7.feature()).isEqualTo("lag_7");
            assertThat(lag7.forecastInput()).as("step %d", p.step()).isEqualTo(p.step() > 7);
            assertThat(p.contributions().get(2).forecastInput()).isFalse();
        }
        ForecastExplanation direct = new ForecastExplainer(ForecastExplainer.Options.defaults(1))
                .explain(xgb(false), rows, toSales, ProgressListener.NONE, CancellationToken.none());
        assertThat(direct.points()).allSatisfy(p -> assertThat(p.contributions())
                .noneMatch(FeatureContribution::forecastInput));
    }

    @Test
    void modelAgnosticMethodsAreChosenForOtherModelsAndStayAdditive() {
        ExplainableModel other = new ExplainableModel("net", Planted.truthFunction(), null, CATALOG, background, false);
        ForecastExplainer auto = new ForecastExplainer(ForecastExplainer.Options.defaults(4));
        assertThat(auto.method(other)).isEqualTo(Method.KERNEL_SHAP);
        ForecastExplanation ks = auto.explain(other, rows, toSales, ProgressListener.NONE, CancellationToken.none());
        ForecastExplanation lime = new ForecastExplainer(ForecastExplainer.Options.defaults(4)
                .with(ForecastExplainer.Choice.LIME)).explain(other, rows, toSales, ProgressListener.NONE,
                CancellationToken.none());
        for (ForecastExplanation fx : List.of(ks, lime)) {
            assertThat(fx.points()).allSatisfy(p -> {
                assertThat(p.additivityError()).isCloseTo(0, within(1e-8));
                assertThat(p.fidelity()).isPositive();
            });
        }
        assertThat(lime.method()).isEqualTo(Method.LIME);
        GlobalImportance g = ks.global();
        assertThat(g.familyRanking().get(0)).isNotEqualTo(FeatureFamily.OTHER);
        assertThat(g.feature("noise_feature")).isCloseTo(0, within(1e-9));
    }
}
