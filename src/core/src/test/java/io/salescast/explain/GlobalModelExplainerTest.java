package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.sample.SampleData;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Explanations of the engine's XGBoost model on the generated sample store (planted drivers). */
class GlobalModelExplainerTest {

    private static final LocalDate CUTOFF = LocalDate.of(2025, 11, 30);
    private static SampleData sample;
    private static SalesPanel history;
    private static FittedGlobalForecaster model;

    @BeforeAll
    static void train() {
        sample = SampleStore.generate(SampleOptions.tiny());
        history = sample.panel().until(CUTOFF);
        ModelSpec spec = ModelSpec.of("xgboost").withParam("trees", 80);
        GlobalForecaster f = new GlobalForecaster(spec, GlobalModelSettings.from(spec, Frequency.DAILY), 14);
        model = f.fit(history, FeatureSpec.defaults(Frequency.DAILY), new TrainContext(7, Device.CPU, 1, null, null));
    }

    @Test
    void everyForecastPointIsExplainedExactlyInUnitsAndMatchesTheForecast() {
        ForecastExplanation fx = GlobalModelExplainer.defaults(1).explainForecast(model, 14, null,
                ProgressListener.NONE, CancellationToken.none());
        ForecastFrame frame = model.predict(14, null, new int[0]);
        assertThat(fx.method()).isEqualTo(Method.TREE_SHAP);
        assertThat(fx.points()).hasSize(history.size() * 14);
        for (int i = 0; i < fx.points().size(); i++) {
            PointExplanation p = fx.points().get(i);
            PointExplanation m = fx.modelSpace().get(i);
            double forecast = frame.series(p.uniqueId()).orElseThrow().column(model.alias())[p.step() - 1];
            assertThat(p.prediction()).as("%s step %d", p.uniqueId(), p.step())
                    .isCloseTo(forecast, within(1e-3 * Math.max(1, forecast)));
            assertThat(p.additivityError()).isCloseTo(0, within(1e-9 * Math.max(1, forecast)));
            assertThat(m.additivityError()).isCloseTo(0, within(1e-9));
            assertThat(p.ds()).isEqualTo(CUTOFF.plusDays(p.step()));
        }
        String first = fx.seriesIds().get(0);
        assertThat(fx.period(first).orElseThrow().additivityError()).isCloseTo(0, within(1e-6));
        assertThat(fx.series(first).get(13).contributions()).filteredOn(c -> c.feature().equals("lag_1"))
                .allMatch(FeatureContribution::forecastInput);
        assertThat(fx.points().get(0).contributions()).extracting(FeatureContribution::label)
                .contains("sales 1 day ago");
    }

    @Test
    void plantedDriversAreRecoveredWithTheRightDirection() {
        GlobalModelExplainer gx = GlobalModelExplainer.defaults(1);
        ExplainableModel em = gx.explainable(model, model.blocks().get(0));
        FeatureTable table = model.blocks().get(0).builder().table(history);
        List<double[]> rows = new ArrayList<>();
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            SalesSeries s = history.series().get(table.seriesIndex(r));
            if (table.period(r) >= s.length() - 90) {
                rows.add(table.row(r));
                keys.add(new FeatureRows.RowKey(s.id(), table.date(r), 0, s.y()[table.period(r)]));
            }
        }
        FeatureRows fr = new FeatureRows(table.names(), rows.toArray(double[][]::new), keys);
        List<PointExplanation> pts = em.treeShap().explain("xgboost", fr, em.catalog());
        GlobalImportance g = GlobalImportance.fromPoints("xgboost", GlobalImportance.Scope.model(), pts);

        // promotion: contributions raise forecasts on promotion days and not otherwise
        int promo = fr.column("promo");
        double on = 0;
        double off = 0;
        int nOn = 0;
        for (int i = 0; i < pts.size(); i++) {
            double c = pts.get(i).byFamily().getOrDefault(FeatureFamily.PROMOTION, 0.0);
            if (fr.values()[i][promo] > 0) {
                on += c;
                nOn++;
            } else {
                off += c;
            }
        }
        assertThat(nOn).isPositive();
        assertThat(on / nOn).as("promotion days").isPositive();
        assertThat(on / nOn).isGreaterThan(off / (pts.size() - nOn) + 0.1);

        // weekly pattern: day-of-week contributions follow the planted weekly profile
        assertThat(weeklyAgreement(fr, pts)).as("correlation with the planted weekly profile").isGreaterThan(0.5);

        List<FeatureFamily> top = g.familyRanking().subList(0, 4);
        // the sample also plants festivals, and product attributes carry each product's level
        assertThat(top).contains(FeatureFamily.RECENT_SALES, FeatureFamily.PROMOTION).doesNotContain(FeatureFamily.OTHER);
    }

    @Test
    void permutationImportanceOnABacktestOfOneCategory() {
        String category = sample.attributes().get(history.ids().get(0), "category");
        java.util.Set<String> ids = GlobalModelExplainer.idsWhere(history, "category", category);
        GlobalImportance g = GlobalModelExplainer.defaults(1).importance(model, sample.panel(), 31,
                GlobalImportance.Scope.category(category), ids,
                new PermutationImportance.Options(2, PermutationImportance.Metric.MAE, 20_000, 5),
                ProgressListener.NONE, CancellationToken.none());
        assertThat(g.points()).isEqualTo(ids.size() * 31);
        assertThat(g.scope().describe()).isEqualTo("category " + category);
        assertThat(g.familyRanking().get(0)).isEqualTo(FeatureFamily.RECENT_SALES);
        assertThat(g.features()).allSatisfy(f -> assertThat(f.spread()).isGreaterThanOrEqualTo(0));
    }

    /** Correlation between the mean dow contribution per weekday and the mean planted profile. */
    private static double weeklyAgreement(FeatureRows fr, List<PointExplanation> pts) {
        double[] planted = new double[7];
        double[] explained = new double[7];
        int[] n = new int[7];
        for (int i = 0; i < pts.size(); i++) {
            PointExplanation p = pts.get(i);
            int dow = fr.keys().get(i).ds().getDayOfWeek().getValue() - 1;
            List<Double> profile = sample.truth().product(fr.keys().get(i).uniqueId()).orElseThrow().weeklyProfile();
            planted[dow] += profile.get(dow);
            double c = 0;
            for (FeatureContribution fc : p.contributions()) {
                if (fc.feature().equals("dow") || fc.feature().equals("weekend")) {
                    c += fc.contribution();
                }
            }
            explained[dow] += c;
            n[dow]++;
        }
        for (int d = 0; d < 7; d++) {
            planted[d] /= n[d];
            explained[d] /= n[d];
        }
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(planted, explained);
    }

}
