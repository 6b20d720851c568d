package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportExportsTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryCsvAndOneImagePerChart() throws Exception {
        ReportInput in = ReportFixtures.input(4, 30, 7);
        List<Path> csv = ReportExports.writeCsv(in, dir);
        assertThat(csv).extracting(p -> p.getFileName().toString())
                .containsExactly("forecast.csv", "backtest.csv", "backtest-metrics.csv", "explanations.csv", "importance.csv");
        ReportOptions options = ReportOptions.defaults().withCharts(ChartSelection.parse("ids:P0001," + ReportFixtures.HOSTILE_ID));
        List<Path> images = ReportExports.writeImages(in, options, dir, ReportExports.ImageFormat.SVG, ProgressListener.NONE,
                CancellationToken.none());
        assertThat(images).extracting(p -> p.getFileName().toString()).containsExactly("forecast-P0001.svg",
                "forecast-_cmd____C_calc__A0.svg", "total-cat0.svg", "total-cat1.svg", "total-cat2.svg",
                "error-by-horizon.svg", "importance-families.svg", "importance-features.svg");
        for (Path p : images) {
            assertThat(Files.readString(p)).contains("<svg");
        }
    }

    @Test
    void parsesChartSelections() {
        assertThat(ChartSelection.parse("top:7")).isEqualTo(ChartSelection.topByVolume(7));
        assertThat(ChartSelection.parse("12")).isEqualTo(ChartSelection.topByVolume(12));
        assertThat(ChartSelection.parse("all:30")).isEqualTo(ChartSelection.all(30));
        assertThat(ChartSelection.parse("ids: A , B")).isEqualTo(ChartSelection.of(List.of("A", "B")));
        assertThatThrownBy(() -> ChartSelection.parse("best:3")).hasMessageContaining("top:N, all:N or ids:A,B,C");
        assertThatThrownBy(() -> ChartSelection.parse("top:x")).hasMessageContaining("not understood");
    }
}
