package io.salescast.explain;

import io.salescast.features.FeatureFamily;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitsMappingTest {

    private static PointExplanation modelSpace(double base, double... phi) {
        List<FeatureContribution> cs = new java.util.ArrayList<>();
        double sum = base;
        for (int j = 0; j < phi.length; j++) {
            cs.add(new FeatureContribution("f" + j, "f" + j, FeatureFamily.OTHER, 0, phi[j]));
            sum += phi[j];
        }
        return new PointExplanation("m", "s", null, 1, base, sum, cs, Method.TREE_SHAP, 1, Units.MODEL);
    }

    @Test
    void log1pIsRestatedAdditivelyWithProportionalShares() {
        PointExplanation p = modelSpace(2.0, 0.5, -0.2, 0.1);
        PointExplanation u = UnitsMapping.toSales(p, OutputTransform.expm1());
        assertThat(u.units()).isEqualTo(Units.SALES);
        assertThat(u.base()).isCloseTo(Math.expm1(2.0), within(1e-12));
        assertThat(u.prediction()).isCloseTo(Math.expm1(2.4), within(1e-12));
        assertThat(u.additivityError()).isCloseTo(0, within(1e-9));
        double slope = (Math.expm1(2.4) - Math.expm1(2.0)) / 0.4;
        assertThat(u.contributions().get(0).contribution()).isCloseTo(0.5 * slope, within(1e-9));
        assertThat(u.contributions().get(1).contribution()).isNegative();
    }

    @Test
    void seriesScaleIsExactlyLinear() {
        PointExplanation p = modelSpace(1.0, 0.25, 0.75);
        PointExplanation u = UnitsMapping.toSales(p, OutputTransform.affine(40, 0));
        assertThat(u.base()).isEqualTo(40);
        assertThat(u.contributions().get(0).contribution()).isCloseTo(10, within(1e-12));
        assertThat(u.contributions().get(1).contribution()).isCloseTo(30, within(1e-12));
        assertThat(u.prediction()).isEqualTo(80);
    }

    @Test
    void zeroNetEffectUsesTheLocalSlope() {
        PointExplanation p = modelSpace(1.0, 0.3, -0.3);
        PointExplanation u = UnitsMapping.toSales(p, OutputTransform.expm1());
        assertThat(u.contributions().get(0).contribution()).isCloseTo(0.3 * Math.exp(1.0), within(1e-6));
        assertThat(u.additivityError()).isCloseTo(0, within(1e-9));
    }

    @Test
    void clampingAtZeroKeepsAdditivity() {
        PointExplanation p = modelSpace(2.0, -3.0, 0.5);
        PointExplanation u = UnitsMapping.toSales(p, OutputTransform.identity().clampedAtZero());
        assertThat(u.prediction()).isZero();
        assertThat(u.additivityError()).isCloseTo(0, within(1e-12));
    }
}
