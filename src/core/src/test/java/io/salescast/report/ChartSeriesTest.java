package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartSeriesTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    private static SalesPanel panel() {
        return new SalesPanel(Frequency.DAILY, List.of(), List.of(
                new SalesSeries("a", D0, new double[] {1, 2, 3, 4}, new double[0][]),
                new SalesSeries("b", D0.plusDays(2), new double[] {10, 20}, new double[0][])),
                new StaticAttributes(List.of("category"), Map.of("a", new String[] {"x"}, "b", new String[] {"x"})));
    }

    private static ForecastFrame frame() {
        return new ForecastFrame(Frequency.DAILY, List.of(
                new ForecastFrame.SeriesForecast("a", D0.plusDays(4), Map.of("m", new double[] {5, 6},
                        "m-lo-80", new double[] {4, 4}, "m-hi-80", new double[] {6, 8})),
                new ForecastFrame.SeriesForecast("b", D0.plusDays(4), Map.of("m", new double[] {30, 40},
                        "m-lo-80", new double[] {25, 30}, "m-hi-80", new double[] {35, 50}))));
    }

    @Test
    void productChartJoinsHistoryAndForecastOnOneDateAxis() {
        ChartSeries s = new ChartSeriesBuilder(panel(), frame(), "m", 80, 3).product("a");
        assertThat(s.dates()).containsExactly(D0.plusDays(1), D0.plusDays(2), D0.plusDays(3), D0.plusDays(4), D0.plusDays(5));
        assertThat(s.actual()).containsExactly(2, 3, 4, Double.NaN, Double.NaN);
        assertThat(s.forecast()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 5, 6);
        assertThat(s.hi()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 6, 8);
        // band starts at the last actual value with no thickness, then spans lo..hi
        assertThat(s.bandBase()).containsExactly(0, 0, 4, 4, 4);
        assertThat(s.bandWidth()).containsExactly(0, 0, 0, 2, 4);
        assertThat(s.hasBand()).isTrue();
    }

    @Test
    void categoryTotalSumsMembersPerDate() {
        ChartSeriesBuilder b = new ChartSeriesBuilder(panel(), frame(), "m", 80, 10);
        var groups = ChartSeriesBuilder.groups(panel(), "category");
        assertThat(groups).containsOnlyKeys("x");
        ChartSeries s = b.total("x (total)", groups.get("x"));
        assertThat(s.dates()).hasSize(6).startsWith(D0);
        assertThat(s.actual()).containsExactly(1, 2, 13, 24, Double.NaN, Double.NaN);
        assertThat(s.forecast()[4]).isCloseTo(35, within(1e-12));
        assertThat(s.hi()[5]).isCloseTo(58, within(1e-12));
        assertThat(s.summedBound()).isTrue();
    }

    @Test
    void bandLevelPrefers80() {
        assertThat(ChartSeriesBuilder.bandLevel(List.of(95, 80))).isEqualTo(80);
        assertThat(ChartSeriesBuilder.bandLevel(List.of(95, 90))).isEqualTo(90);
        assertThat(ChartSeriesBuilder.bandLevel(List.of())).isZero();
    }

    @Test
    void selectionByVolumeListAndAll() {
        ReportInput in = ReportFixtures.input(6, 30, 7);
        assertThat(ChartSelection.topByVolume(2).select(in.history(), in.forecast())).containsExactly("P0005", "P0004");
        assertThat(ChartSelection.all(3).select(in.history(), in.forecast())).containsExactly("P0000", "P0001", ReportFixtures.HOSTILE_ID);
        assertThat(ChartSelection.of(List.of("P0003", "P0001")).select(in.history(), in.forecast())).containsExactly("P0003", "P0001");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChartSelection.of(List.of("nope")).select(in.history(), in.forecast()))
                .isInstanceOf(ReportException.class).hasMessageContaining("nope");
    }
}
