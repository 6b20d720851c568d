package io.salescast.cli;

import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.LongFormatWriter;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExplainCommandTest {

    @TempDir
    static Path dir;
    private static Path data;
    private static String sku;
    private static LocalDate last;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void writeSample() throws Exception {
        SalesPanel panel = SampleStore.generate(SampleOptions.tiny().withProducts(6)).panel();
        data = dir.resolve("sales.csv");
        LongFormatWriter.write(panel, data);
        sku = panel.ids().get(0);
        last = panel.lastDate();
    }

    private String stdout() {
        return console.stdout();
    }

    @Test
    void explainsOneForecastPointAndExportsAnAdditiveCsv() throws Exception {
        Path csv = dir.resolve("explain.csv");
        LocalDate d = last.plusDays(3);
        int rc = SalescastCli.execute("explain", data.toString(), "--series", sku, "--date", d.toString(),
                "--model", "xgboost:trees=30", "--horizon", "7", "--threads", "1", "--csv", csv.toString(), "-q");
        assertThat(rc).as(console.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("xgboost forecast for " + sku + " on " + d + " (step 3)", "TreeSHAP",
                "Base (the model's typical forecast)", "Recent sales level", "= Forecast", "Wrote");
        Map<String, double[]> sums = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("unique_id,ds,model,feature,family,contribution");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] acc = sums.computeIfAbsent(f[0] + f[1], k -> new double[2]);
            if (f[3].equals("prediction")) {
                acc[1] = Double.parseDouble(f[5]);
            } else {
                acc[0] += Double.parseDouble(f[5]);
            }
        }
        assertThat(sums).hasSize(6 * 7);
        sums.values().forEach(a -> assertThat(a[0]).isCloseTo(a[1], within(1e-6 * Math.max(1, a[1]))));
    }

    @Test
    void explainsAProductsHorizonAndTheModelOverall() {
        int rc = SalescastCli.execute("explain", data.toString(), "--series", sku, "--model", "xgboost:trees=30",
                "--horizon", "7", "--threads", "1", "-q");
        assertThat(rc).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("(7 periods)", "units in total", "Promotion");
        console.resetStdout();
        rc = SalescastCli.execute("explain", data.toString(), "--model", "xgboost:trees=30", "--horizon", "7",
                "--global", "--backtest", "7", "--threads", "1", "-q");
        assertThat(rc).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("What drives xgboost (all products) - Mean absolute contribution",
                "What drives xgboost (all products) - Permutation importance", "increase in MAE");
    }

    @Test
    void explainsAProjectsModelAndItsBlend() throws Exception {
        io.salescast.project.Project p = io.salescast.project.Project.create("explain test",
                new io.salescast.project.ProjectSource("sales.csv", io.salescast.ingest.ReadOptions.defaults(),
                        new io.salescast.series.ColumnMapping("ds", "y", List.of("unique_id"),
                                List.of("price", "discount", "promo", "stockout"), List.of(), List.of()),
                        io.salescast.series.PanelOptions.defaults()),
                io.salescast.series.Frequency.DAILY, 7)
                .withModels(List.of(io.salescast.forecast.ModelSpec.parse("xgboost:trees=20"),
                        io.salescast.forecast.ModelSpec.of("seasonal_naive"), io.salescast.forecast.ModelSpec.of("ensemble")))
                .withWindows(1);
        Path project = dir.resolve("shop.json");
        io.salescast.project.ProjectStore.save(p, project);

        int rc = SalescastCli.execute("explain", project.toString(), "--series", sku, "-q");
        assertThat(rc).as(console.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("xgboost forecast for " + sku, "(7 periods)");
        console.resetStdout();
        rc = SalescastCli.execute("explain", project.toString(), "--model", "ensemble", "--series", sku,
                "--date", last.plusDays(1).toString(), "-q");
        assertThat(rc).as(console.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("ensemble forecast for " + sku, "= Forecast");
    }

    @Test
    void wrongUsageAndUnknownProductsAreReported() {
        assertThat(SalescastCli.execute("explain", data.toString(), "--date", "2026-01-01", "-q"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(SalescastCli.execute("explain", data.toString(), "--series", "NO-SUCH-SKU",
                "--model", "xgboost:trees=10", "--horizon", "3", "--threads", "1", "-q")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(console.stderr()).contains("no forecast of 'NO-SUCH-SKU'");
        assertThat(SalescastCli.execute("explain", data.toString(), "--model", "ets", "--horizon", "3", "-q"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(console.stderr()).contains("has no features to explain");
    }
}
