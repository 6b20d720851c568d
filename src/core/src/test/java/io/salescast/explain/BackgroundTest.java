package io.salescast.explain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BackgroundTest {

    @Test
    void statisticsIgnoreMissingValuesAndRowAndColumnFormsAgree() {
        double[][] rows = {{1, 10}, {2, Double.NaN}, {3, 30}, {4, 40}};
        double[][] cols = {{1, 2, 3, 4}, {10, Double.NaN, 30, 40}};
        Background a = Background.of(List.of("a", "b"), rows, 2, 7);
        Background b = Background.ofColumns(List.of("a", "b"), cols, 2, 7);
        assertThat(a.mean(0)).isEqualTo(2.5);
        assertThat(a.std(0)).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(a.mean(1)).isCloseTo(80.0 / 3, within(1e-12));
        assertThat(b.mean(1)).isCloseTo(a.mean(1), within(1e-12));
        assertThat(b.std(1)).isCloseTo(a.std(1), within(1e-9));
        assertThat(a.size()).isEqualTo(2);
        assertThat(b.rows()).isDeepEqualTo(a.rows());
    }
}
