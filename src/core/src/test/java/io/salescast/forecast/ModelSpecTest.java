package io.salescast.forecast;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSpecTest {

    @Test
    void parsesTheCommandLineFormAndPrintsItBack() {
        ModelSpec s = ModelSpec.parse("fast=XGBoost:trees=100;strategy=direct");
        assertThat(s.type()).isEqualTo("xgboost");
        assertThat(s.alias()).isEqualTo("fast");
        assertThat(s.params()).isEqualTo(Map.of("trees", "100", "strategy", "direct"));
        assertThat(s.intParam("trees", 5)).isEqualTo(100);
        assertThat(s.doubleParam("eta", 0.3)).isEqualTo(0.3);
        assertThat(ModelSpec.parse(s.toString())).isEqualTo(s);
        assertThat(ModelSpec.parse("seasonal-naive")).isEqualTo(ModelSpec.of("seasonal_naive"));
        assertThat(ModelSpec.of("ets").toString()).isEqualTo("ets");
    }

    @Test
    void badParametersAreExplained() {
        assertThatThrownBy(() -> ModelSpec.parse("xgboost:trees")).hasMessageContaining("not key=value");
        assertThatThrownBy(() -> ModelSpec.parse("xgboost:trees=many").intParam("trees", 1))
                .hasMessageContaining("whole number");
    }
}
