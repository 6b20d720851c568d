package io.salescast.neural;

import io.salescast.core.SalescastException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryGuardTest {

    @Test
    void keepsTheBatchWhenItFits() {
        assertThat(MemoryGuard.plan(64, b -> b * 1000L, 1_000_000)).isEqualTo(64);
    }

    @Test
    void halvesTheBatchUntilItFitsInHalfTheFreeMemory() {
        // 64 windows need 640 kB, half of 300 kB free is 150 kB: 64 -> 32 -> 16 -> 8 (80 kB)
        assertThat(MemoryGuard.plan(64, b -> b * 10_000L, 300_000)).isEqualTo(8);
    }

    @Test
    void refusesWithAMessageWhenOneWindowDoesNotFit() {
        assertThatThrownBy(() -> MemoryGuard.plan(64, b -> 50L * 1024 * 1024 * b, 60L * 1024 * 1024))
                .isInstanceOf(SalescastException.class)
                .hasMessageContaining("50 MB for a single window")
                .hasMessageContaining("60 MB");
    }

    @Test
    void estimateGrowsWithBatchWindowAndHiddenUnits() {
        NeuralSpec spec = NeuralSpec.lstm(28);
        long base = MemoryGuard.estimate(spec, 40, 10_000, 64);
        assertThat(MemoryGuard.estimate(spec, 40, 10_000, 128)).isGreaterThan(base);
        assertThat(MemoryGuard.estimate(spec.withWindow(112), 40, 10_000, 64)).isGreaterThan(base);
        assertThat(MemoryGuard.estimate(spec.withHidden(64), 40, 10_000, 64)).isGreaterThan(base);
        // 64 windows x 84 steps x (40 inputs + 7 x 32 LSTM values) floats, x3 for gradients: ~17 MB
        assertThat(base).isBetween(10L << 20, 30L << 20);
        assertThat(MemoryGuard.freeBytes()).isPositive();
    }
}
