package io.salescast.neural;

import io.salescast.series.Frequency;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InputEncodingTest {

    private final InputEncoding encoding = new InputEncoding(Frequency.DAILY, List.of(),
            List.of(new InputEncoding.Attribute("category", List.of("Toys", "Books"))));

    @Test
    void knownAttributeValueIsOneHot() {
        StaticAttributes attrs = new StaticAttributes(List.of("category"), Map.of("A", new String[] {"Books"}));
        assertThat(encoding.staticInputs(attrs, "A")).containsExactly(0f, 1f);
    }

    @Test
    void seriesWithoutAttributesGetsAnEmptyBlock() {
        StaticAttributes attrs = new StaticAttributes(List.of("category"), Map.of("A", new String[] {null}));
        assertThat(encoding.staticInputs(attrs, "A")).containsExactly(0f, 0f);
        assertThat(encoding.staticInputs(attrs, "not-there")).containsExactly(0f, 0f);
        assertThat(encoding.staticInputs(StaticAttributes.empty(), "A")).containsExactly(0f, 0f);
    }
}
