package io.salescast.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChartImagesTest {

    @TempDir
    Path dir;

    private static int count(BufferedImage img, byte[] rgb) {
        int want = ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == want) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void forecastPngDrawsHistoryForecastAndBand() throws IOException {
        ReportInput in = ReportFixtures.input(3, 60, 14);
        ChartSeries s = new ChartSeriesBuilder(in.history(), in.forecast(), "XGBoost", 80, 0).product("P0001");
        Path png = dir.resolve("p1.png");
        ChartImages.writePng(new ChartImages().forecast(s), png, 800, 400);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(count(img, XddfCharts.ACTUAL)).as("actual line pixels").isGreaterThan(200);
        assertThat(count(img, XddfCharts.FORECAST)).as("forecast line pixels").isGreaterThan(50);
        // the band is drawn with alpha over white: look for its light blue family instead of the exact colour
        int light = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                int r = (c >> 16) & 0xFF;
                int g = (c >> 8) & 0xFF;
                int b = c & 0xFF;
                if (b > 220 && r > 170 && r < 220 && g > 190 && g < 230) {
                    light++;
                }
            }
        }
        assertThat(light).as("band pixels").isGreaterThan(2000);
    }

    @Test
    void svgImagesKeepHostileTitlesAsText() throws IOException {
        ReportInput in = ReportFixtures.input(3, 30, 7);
        ChartSeries s = new ChartSeriesBuilder(in.history(), in.forecast(), "XGBoost", 80, 0).product(ReportFixtures.HOSTILE_ID);
        Path svg = dir.resolve("p2.svg");
        ChartImages.write(new ChartImages().forecast(s), svg, 600, 300);
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("+cmd|").contains(" /C calc");
        Path imp = dir.resolve("imp.svg");
        ChartImages.write(new ChartImages().importance(in.explanations(), 10, true), imp, 600, 300);
        assertThat(Files.readString(imp)).contains("lags");
        Path bt = dir.resolve("bt.png");
        ChartImages.write(new ChartImages().errorByHorizon(in.backtest()), bt, 600, 300);
        assertThat(ImageIO.read(bt.toFile()).getHeight()).isEqualTo(300);
    }
}
