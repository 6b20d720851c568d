package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.salescast.explain.ExplanationCsvTest.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ViewsTest {

    private static final LocalDate D = LocalDate.of(2025, 1, 6);

    @Test
    void periodSumsPointsAndKeepsAdditivity() {
        PeriodExplanation period = PeriodExplanation.of(List.of(
                point("A", D, 10, 1, 2, -1, 0.5),
                point("A", D.plusDays(1), 10, 2, 0, -1, 0.5),
                point("A", D.plusDays(2), 10, 3, 0, -1, -2)));
        assertThat(period.points()).isEqualTo(3);
        assertThat(period.from()).isEqualTo(D);
        assertThat(period.to()).isEqualTo(D.plusDays(2));
        assertThat(period.base()).isEqualTo(30);
        assertThat(period.prediction()).isCloseTo(30 + 6 + 2 - 3 - 1, within(1e-12));
        assertThat(period.additivityError()).isCloseTo(0, within(1e-12));
        assertThat(period.byFamily()).containsEntry(FeatureFamily.RECENT_SALES, 6.0).containsEntry(FeatureFamily.PROMOTION, 2.0);
        assertThat(period.contributions().get(0).value()).as("lag_7 value is the same (0) in each point").isZero();
    }

    @Test
    void periodRefusesToMixSeries() {
        assertThatThrownBy(() -> PeriodExplanation.of(List.of(point("A", D, 1, 1), point("B", D, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonExplainsTheDifferenceBetweenTwoProducts() {
        PointExplanation a = point("A", D, 10, 4, 8, -1, 0);
        PointExplanation b = point("B", D, 10, 1, 0, 2, 0);
        Comparison c = Comparison.of(a, "A", b, "B");
        assertThat(c.difference()).isCloseTo(21 - 13, within(1e-12));
        assertThat(c.baseDifference()).isZero();
        assertThat(c.contributions().stream().mapToDouble(FeatureContribution::contribution).sum())
                .isCloseTo(c.difference(), within(1e-12));
        assertThat(c.byFamily()).containsEntry(FeatureFamily.PROMOTION, 8.0).containsEntry(FeatureFamily.PRICE, -3.0);
    }

    @Test
    void waterfallRunsFromBaseToPrediction() {
        PointExplanation p = point("A", D, 10, 1, 8, -3, 0.5);
        Waterfall w = Waterfall.byFeature(p, 2);
        assertThat(w.steps()).extracting(Waterfall.Step::label).containsExactly("promo", "price", "2 other features");
        assertThat(w.steps().get(0).start()).isEqualTo(10);
        assertThat(w.steps().get(w.steps().size() - 1).end()).isCloseTo(p.prediction(), within(1e-12));
        for (int i = 1; i < w.steps().size(); i++) {
            assertThat(w.steps().get(i).start()).isEqualTo(w.steps().get(i - 1).end());
        }
        Waterfall f = Waterfall.byFamily(p);
        assertThat(f.steps()).extracting(Waterfall.Step::family)
                .containsExactly(FeatureFamily.RECENT_SALES, FeatureFamily.SEASONALITY, FeatureFamily.PRICE, FeatureFamily.PROMOTION);
        assertThat(f.steps().get(3).end()).isCloseTo(p.prediction(), within(1e-12));
    }

    @Test
    void globalViewOfLocalExplanationsAveragesMagnitudes() {
        GlobalImportance g = GlobalImportance.fromPoints("xgboost", GlobalImportance.Scope.product("A"), List.of(
                point("A", D, 10, 2, 8, -3, 0), point("A", D, 10, -2, 0, -1, 0)));
        assertThat(g.feature("lag_7")).isEqualTo(2);
        assertThat(g.features()).filteredOn(f -> f.feature().equals("lag_7")).first()
                .satisfies(f -> assertThat(f.direction()).isZero());
        assertThat(g.feature("promo")).isEqualTo(4);
        assertThat(g.familyRanking().get(0)).isEqualTo(FeatureFamily.PROMOTION);
        assertThat(g.features().get(0).spread()).isCloseTo(Math.sqrt(32), within(1e-12));
        assertThat(g.scope().describe()).isEqualTo("product A");
    }
}
