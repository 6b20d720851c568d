package io.salescast.forecast.baseline;

import io.salescast.testing.SyntheticSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The optimiser's allocation-free likelihood agrees with the reference filter for every model type. */
class EtsObjectiveTest {

    @Test
    void objectiveEqualsMinusTwiceTheFilterLogLikelihood() {
        double[] y = SyntheticSeries.seasonal(60, 4, 50, 0.3, 8, 2, 12);
        y[7] = Double.NaN;
        y[30] = Double.NaN;
        for (EtsType type : EtsType.all()) {
            int m = 4;
            EtsObjective objective = new EtsObjective(type, m, y, 7.5);
            double[] season = new double[type.hasSeason() ? m : 0];
            double[] phases = type.season() == EtsType.Season.M ? new double[] {1.1, 0.9, 1.2, 0.8} : new double[] {5, -5, 8, -8};
            System.arraycopy(phases, 0, season, 0, season.length);
            EtsParams p = new EtsParams(0.4, 0.05, 0.1, type.damped() ? 0.9 : 1);
            EtsState s = new EtsState(48, type.hasTrend() ? 0.2 : 0, season);
            double[] z = objective.encode(p, s);
            assertThat(objective.params(z).alpha()).isCloseTo(0.4, within(1e-15));
            assertThat(objective.state(z).season()).containsExactly(season, within(1e-12));
            double expected = -2 * EtsFilter.run(type, p, s, y, false).logLikelihood();
            assertThat(objective.value(z)).as(type.toString()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
            assertThat(EtsFilter.run(type, p, s, y, false).observed()).isEqualTo(58);
        }
    }
}
