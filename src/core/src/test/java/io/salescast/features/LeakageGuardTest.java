package io.salescast.features;

import io.salescast.core.SalescastException;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeakageGuardTest {

    @Test
    void refusesFeaturesThatWouldReadTheValueBeingForecast() {
        FeatureSpec spec = FeatureSpec.defaults(Frequency.DAILY);
        assertThatThrownBy(() -> LeakageGuard.check(spec.withLags(List.of(0, 7)), 28, 1))
                .isInstanceOf(SalescastException.class).hasMessageContaining("Lag 0");
        assertThatThrownBy(() -> LeakageGuard.check(spec.withRolling(List.of(
                new FeatureSpec.RollingFeature(FeatureSpec.RollingFeature.Stat.MEAN, 7, 0))), 28, 1))
                .hasMessageContaining("rolling_mean_7_lag_0");
        assertThatThrownBy(() -> LeakageGuard.check(spec, 0, 1)).hasMessageContaining("horizon");
    }

    @Test
    void warnsWhenAStrategyCannotSupplyShortLagsAndShiftsThem() {
        FeatureSpec spec = FeatureSpec.defaults(Frequency.DAILY);
        assertThat(LeakageGuard.check(spec, 28, 1)).isEmpty();
        assertThat(LeakageGuard.check(spec, 28, 7)).singleElement().asString().contains("shifted");
        FeatureSpec shifted = LeakageGuard.shift(spec, 7);
        assertThat(shifted.rolling()).allSatisfy(r -> assertThat(r.lag()).isGreaterThanOrEqualTo(7));
        assertThat(shifted.differences()).allSatisfy(d -> assertThat(d.lag()).isGreaterThanOrEqualTo(7));
        assertThat(shifted.lags()).containsExactly(7, 8, 9, 10, 11, 12, 14, 21, 28);
    }
}
