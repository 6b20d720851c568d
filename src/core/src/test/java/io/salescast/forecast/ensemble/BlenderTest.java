package io.salescast.forecast.ensemble;

import io.salescast.evaluation.Backtest;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlenderTest {

    /** Actual 10 everywhere; a forecasts 8 (WAPE 0.2), b forecasts 12 or 11 (WAPE 0.15), c forecasts 20 (WAPE 1.0). */
    private static Backtest backtest() {
        LocalDate cut = LocalDate.of(2024, 1, 31);
        Backtest.Slice s = new Backtest.Slice("A", cut, cut.plusDays(1), new double[] {10, 10, 10, 10}, 1.0,
                Map.of("a", new double[] {8, 8, 8, 8}, "b", new double[] {12, 11, 12, 11}, "c", new double[] {20, 20, 20, 20}));
        return new Backtest(Frequency.DAILY, 4, List.of("a", "b", "c"), Set.of(), List.of(new Backtest.Window(cut, List.of(s))),
                Map.of());
    }

    @Test
    void inverseErrorWeightsKeepMembersNearTheBest() {
        BlendWeights w = Blender.learn(backtest(), Set.of(0), List.of("a", "b", "c"), BlendMethod.INVERSE_ERROR, "ensemble");
        // c is more than 25% worse than the best (b, 0.15) and a (0.2) too: only b is kept
        assertThat(w.weights()).containsOnlyKeys("b");
        assertThat(w.weights().get("b")).isEqualTo(1.0);
    }

    @Test
    void stackedBlendFindsTheWeightsThatCancelErrors() {
        BlendWeights w = Blender.learn(backtest(), Set.of(0), List.of("a", "b", "c"), BlendMethod.STACKED, "stacked");
        // hand-checked candidate: 0.6 a + 0.35 b + 0.05 c gives 10 and 9.65, total error 0.7, while the
        // best single member (b) has 6 and the plain mean of a and b has 1.0
        double err = 0;
        double[][] f = {{8, 12, 20}, {8, 11, 20}, {8, 12, 20}, {8, 11, 20}};
        for (double[] p : f) {
            err += Math.abs(w.weights().getOrDefault("a", 0.0) * p[0] + w.weights().getOrDefault("b", 0.0) * p[1]
                    + w.weights().getOrDefault("c", 0.0) * p[2] - 10);
        }
        assertThat(err).isLessThanOrEqualTo(0.7 + 1e-9);
        assertThat(w.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }
}
