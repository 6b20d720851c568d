package io.salescast.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartInteractionTest {

    private final PlotArea area = new PlotArea(50, 10, 500, 200, 0, 100, 0, 10);

    private ChartData data(boolean pickable) {
        double[] x = new double[101];
        double[] y = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = i;
            y[i] = 5;
        }
        return new ChartData(List.of(new ChartSeries("forecast", x, y, ChartSeries.Style.LINE, 0, pickable)), List.of(), List.of(),
                ChartData.XKind.NUMBER, "");
    }

    @Test
    void picksTheNearestPointOfAPickableSeries() {
        // x = 40 lies at pixel 50 + 0.4 * 500 = 250; y = 5 at 10 + 200 - 100 = 110
        PointPick p = ChartInteraction.pick(data(true), area, 251, 112);
        assertThat(p).isNotNull();
        assertThat(p.index()).isEqualTo(40);
        assertThat(p.series()).isEqualTo("forecast");
        assertThat(p.y()).isEqualTo(5);
    }

    @Test
    void ignoresFarClicksAndNonPickableSeries() {
        assertThat(ChartInteraction.pick(data(true), area, 251, 180)).isNull();
        assertThat(ChartInteraction.pick(data(false), area, 251, 112)).isNull();
        assertThat(ChartInteraction.pick(data(true), area, 10, 112)).isNull();
    }

    @Test
    void plotAreaMapsBothWays() {
        assertThat(area.px(40)).isEqualTo(250);
        assertThat(area.dataX(250)).isEqualTo(40);
        assertThat(area.py(10)).isEqualTo(10);
        assertThat(ChartTooltip.nearest(new double[] {0, 10, 20}, 14)).isEqualTo(1);
        assertThat(ChartTooltip.nearest(new double[] {0, 10, 20}, 16)).isEqualTo(2);
    }

    @Test
    void yRangeStartsAtZeroForSalesAndCoversBands() {
        double[] x = {0, 1, 2};
        ChartData d = new ChartData(List.of(ChartSeries.line("s", x, new double[] {3, 8, 5}, 0)),
                List.of(new ChartBand("80%", x, new double[] {1, 2, 3}, new double[] {9, 12, 9}, 0)), List.of(),
                ChartData.XKind.NUMBER, "");
        double[] r = ChartRenderer.yRange(d, 0, 2, 100);
        assertThat(r[0]).isZero();
        assertThat(r[1]).isGreaterThan(12);
    }
}
