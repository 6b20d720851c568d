package io.salescast.neural;

import io.salescast.features.FeatureSpec;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed windows of a six-day series. */
class WindowBatcherTest {

    private static final double NAN = Double.NaN;
    private static final SalesPanel PANEL = new SalesPanel(Frequency.DAILY, List.of("price", "promo"),
            List.of(new SalesSeries("a", LocalDate.of(2024, 11, 8), new double[] {2, 4, NAN, 6, 8, 10},
                    new double[][] {{10, 10, 10, 10, 8, 10}, {0, 0, 0, 0, 1, 0}})),
            new StaticAttributes(List.of("category"), Map.of("a", new String[] {"toys"})));
    private static final InputEncoding ENC = InputEncoding.of(PANEL, FeatureSpec.none());
    private static final EncodedSeries SERIES = EncodedSeries.of(ENC, PANEL, PANEL.series().get(0));

    @Test
    void encodesPastInputsFutureLabelsAndMask() {
        WindowBatcher batcher = new WindowBatcher(ENC, 3, LossKind.LOG_MSE);
        WindowBatcher.Batch b = batcher.build(List.of(new WindowBatcher.Window(SERIES, 4, 5)), 2);
        INDArray x = b.features();
        assertThat(x.shape()).containsExactly(1, ENC.width(), 5);
        // past days 1..3 hold 4, missing, 6: scale = 1 + mean(4, 6) = 6
        assertThat(b.scales()[0]).isEqualTo(6.0);
        assertThat(x.getDouble(0, 0, 0)).isCloseTo(Math.log1p(4 / 6.0), within(1e-6));
        assertThat(x.getDouble(0, 1, 0)).isEqualTo(1.0);
        assertThat(x.getDouble(0, 0, 1)).isZero();
        assertThat(x.getDouble(0, 1, 1)).isZero();              // missing value: not observed
        assertThat(x.getDouble(0, 0, 2)).isCloseTo(Math.log1p(1), within(1e-6));
        assertThat(x.getDouble(0, 0, 3)).isZero();              // future: no target input
        assertThat(x.getDouble(0, 2, 3)).isEqualTo(1.0);        // future flag
        assertThat(x.getDouble(0, 3, 0)).isCloseTo(Math.log(6) / 5, within(1e-6));
        // price relative to the series' mean price (58 / 6) on the promotion day
        assertThat(x.getDouble(0, ENC.covariateOffset(), 3)).isCloseTo(8 / (58 / 6.0) - 1, within(1e-6));
        // the category one-hot is on every step
        assertThat(x.getDouble(0, ENC.attributeOffset(), 0)).isEqualTo(1.0);
        // labels only on the future, and day 5 is at/after targetEnd: masked (it belongs to validation)
        assertThat(b.labels().getDouble(0, 0, 3)).isCloseTo(Math.log1p(8 / 6.0), within(1e-6));
        assertThat(b.labelMask().toDoubleVector()).containsExactly(0, 0, 0, 1, 0);
        assertThat(batcher.inverse(Math.log1p(8 / 6.0), 6)).isCloseTo(8, within(1e-9));
    }

    @Test
    void padsBeforeTheSeriesStartAndFlagsFestivals() {
        WindowBatcher batcher = new WindowBatcher(ENC, 3, LossKind.POISSON);
        WindowBatcher.Batch b = batcher.build(List.of(new WindowBatcher.Window(SERIES, 1)), 3);
        INDArray x = b.features();
        assertThat(b.scales()[0]).isEqualTo(3.0);                // only day 0 (2 units) observed
        assertThat(x.getDouble(0, 1, 0)).isZero();               // padding
        assertThat(x.getDouble(0, 1, 1)).isZero();
        assertThat(x.getDouble(0, 1, 2)).isEqualTo(1.0);
        assertThat(b.labels().getDouble(0, 0, 3)).isCloseTo(4 / 3.0, within(1e-6)); // Poisson: scaled, no log
        assertThat(b.labelMask().toDoubleVector()).containsExactly(0, 0, 0, 1, 0, 1);
        // day 3 of the series (step 5) is 11 November: the Singles' Day flag is on
        int singlesDay = ENC.calendarOffset() + 10 + 2 * Festival.SINGLES_DAY.ordinal();
        assertThat(x.getDouble(0, singlesDay, 5)).isEqualTo(1.0);
        assertThat(x.getDouble(0, singlesDay, 4)).isZero();
    }
}
