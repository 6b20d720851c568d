package io.salescast.features;

import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import io.salescast.testing.SyntheticPanels;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureBuilderTest {

    private static SalesPanel oneSeries(double... y) {
        double[] price = new double[y.length];
        double[] promo = new double[y.length];
        java.util.Arrays.fill(price, 10);
        SalesSeries s = new SalesSeries("A", LocalDate.of(2024, 1, 1), y, new double[][] {price, promo});
        return new SalesPanel(Frequency.DAILY, List.of("price", "promo"), List.of(s),
                new StaticAttributes(List.of("category"), Map.of("A", new String[] {"Toys"})));
    }

    @Test
    void lagAndRollingValuesMatchHandComputation() {
        SalesPanel p = oneSeries(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        FeatureSpec spec = FeatureSpec.none().withLags(List.of(1, 3))
                .withRolling(List.of(new FeatureSpec.RollingFeature(FeatureSpec.RollingFeature.Stat.MEAN, 3, 1),
                        new FeatureSpec.RollingFeature(FeatureSpec.RollingFeature.Stat.STD, 3, 2),
                        new FeatureSpec.RollingFeature(FeatureSpec.RollingFeature.Stat.MAX, 4, 1)))
                .withDifferences(List.of(new FeatureSpec.DiffFeature(2, 1)));
        FeatureTable t = FeatureBuilder.create(spec, p, 7).table(p);
        assertThat(t.names()).containsExactly("lag_1", "lag_3", "rolling_mean_3_lag_1", "rolling_std_3_lag_2",
                "rolling_max_4_lag_1", "diff_2_lag_1");
        int row = 6; // y[6] = 7
        assertThat(t.value(row, 0)).isEqualTo(6);
        assertThat(t.value(row, 1)).isEqualTo(4);
        assertThat(t.value(row, 2)).isEqualTo(5); // mean(4,5,6)
        assertThat(t.value(row, 3)).isCloseTo(1.0, within(1e-12)); // std(3,4,5)
        assertThat(t.value(row, 4)).isEqualTo(6);
        assertThat(t.value(row, 5)).isEqualTo(2); // 6 - 4
        assertThat(t.value(0, 0)).isNaN();
        assertThat(t.target(row)).isEqualTo(7);
    }

    @Test
    void calendarEventsAttributesAndLabels() {
        SalesPanel p = oneSeries(new double[400]);
        FeatureSpec spec = FeatureSpec.none().withEvents(true, 3)
                .withAttributes(List.of("category"));
        spec = new FeatureSpec(spec.lags(), spec.rolling(), Set.of(FeatureSpec.CalendarFeature.DAY_OF_WEEK,
                FeatureSpec.CalendarFeature.WEEKEND), true, 3, List.of("anniversary:2024-03-05"), List.of("promo"), true,
                List.of("category"), true, FeatureSpec.TargetTransform.NONE);
        FeatureBuilder b = FeatureBuilder.create(spec, p, 28);
        FeatureTable t = b.table(p);
        int christmas = (int) (LocalDate.of(2024, 12, 25).toEpochDay() - LocalDate.of(2024, 1, 1).toEpochDay());
        assertThat(t.column("event_christmas_before")[christmas]).isEqualTo(4);
        assertThat(t.column("event_christmas_before")[christmas - 3]).isEqualTo(1);
        assertThat(t.column("event_christmas_before")[christmas - 4]).isZero();
        assertThat(t.column("event_christmas_after")[christmas + 1]).isEqualTo(3);
        assertThat(t.column("event_anniversary_before")[64]).isEqualTo(4); // 2024-03-05
        assertThat(t.column("dow")[0]).isEqualTo(1); // 2024-01-01 was a Monday
        assertThat(t.column("weekend")[5]).isEqualTo(1);
        assertThat(t.column("attr_category_toys")[0]).isEqualTo(1);
        assertThat(b.features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("promo");
            assertThat(f.label()).isEqualTo("promotion active");
            assertThat(f.family()).isEqualTo(FeatureFamily.PROMOTION);
        });
    }

    @Test
    void featuresAtOrBeforeTheOriginIgnoreLaterTargetsAndCovariates() {
        SalesPanel full = SyntheticPanels.daily(3, 200, 2.0, 7);
        FeatureSpec spec = FeatureSpec.defaults(Frequency.DAILY).withTransform(FeatureSpec.TargetTransform.SERIES_SCALE);
        int origin = 150;
        // same history up to the origin, different values after it
        List<SalesSeries> changed = full.series().stream().map(s -> {
            double[] y = s.y().clone();
            double[][] cov = {s.covariates()[0].clone(), s.covariates()[1].clone()};
            for (int t = origin + 1; t < y.length; t++) {
                y[t] = y[t] * 7 + 100;
                cov[0][t] = 999;
                cov[1][t] = 1 - cov[1][t];
            }
            return new SalesSeries(s.id(), s.start(), y, cov);
        }).toList();
        SalesPanel other = full.withSeries(changed);
        SalesPanel history = full.until(full.series().get(0).date(Frequency.DAILY, origin));
        FeatureBuilder b = FeatureBuilder.create(spec, history, 28);
        FeatureTable a = b.table(full);
        FeatureTable c = b.table(other);
        for (int r = 0; r < a.rowCount(); r++) {
            if (a.period(r) <= origin) {
                for (int j = 0; j < a.columnCount(); j++) {
                    assertThat(Double.valueOf(c.value(r, j))).as("%s at period %d", a.names().get(j), a.period(r))
                            .isEqualTo(Double.valueOf(a.value(r, j)));
                }
            }
        }
        // and the check can fail: the target at origin + 1 does change its lag_1 row
        int j = a.indexOf("lag_1");
        int r = origin + 2;
        assertThat(c.value(r, j)).isNotEqualTo(a.value(r, j));
    }

    @Test
    void directStrategyShiftsShortLags() {
        SalesPanel p = oneSeries(new double[60]);
        FeatureSpec spec = FeatureSpec.none().withLags(List.of(1, 7, 28))
                .withRolling(List.of(new FeatureSpec.RollingFeature(FeatureSpec.RollingFeature.Stat.MEAN, 7, 1)));
        assertThat(LeakageGuard.check(spec, 14, 14)).hasSize(1);
        FeatureBuilder b = FeatureBuilder.create(spec, p, 14, 14);
        assertThat(b.features().stream().map(FeatureInfo::name))
                .containsExactly("lag_14", "lag_20", "lag_28", "rolling_mean_7_lag_14");
        assertThat(b.spec().minTargetLag()).isEqualTo(14);
    }

    @Test
    void targetTransformsApplyToTargetAndLagsAndInvert() {
        SalesPanel p = oneSeries(0, 2, 4, 6);
        FeatureSpec spec = FeatureSpec.none().withLags(List.of(1));
        FeatureBuilder log = FeatureBuilder.create(spec.withTransform(FeatureSpec.TargetTransform.LOG1P), p, 7);
        FeatureTable t = log.table(p);
        assertThat(t.target(2)).isCloseTo(Math.log1p(4), within(1e-12));
        assertThat(t.value(2, 0)).isCloseTo(Math.log1p(2), within(1e-12));
        assertThat(log.inverse("A", log.forward("A", 6))).isCloseTo(6, within(1e-12));
        FeatureBuilder scaled = FeatureBuilder.create(spec.withTransform(FeatureSpec.TargetTransform.SERIES_SCALE), p, 7);
        // scale = mean of the history = 3
        assertThat(scaled.table(p).target(3)).isCloseTo(2.0, within(1e-12));
        assertThat(scaled.inverse("A", 2.0)).isCloseTo(6.0, within(1e-12));
    }
}
