package io.salescast.app.bench;

import static io.salescast.app.bench.FxSteps.fx;
import static io.salescast.app.bench.FxSteps.shot;
import static io.salescast.app.bench.FxSteps.waitFor;

import io.salescast.app.Workbench;
import io.salescast.app.chart.ChartSeries;
import io.salescast.app.chart.PointPick;
import io.salescast.app.infra.AppSettings;
import io.salescast.app.view.FilePrompts;
import io.salescast.app.viewmodel.Page;
import io.salescast.app.viewmodel.ResultTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the README screenshots from the real app on a real display (Xvfb is fine): opens the
 * sample store and trains it, shows a product with a clicked forecast point, imports a messy
 * spreadsheet, in the light and the dark theme, and exports the Excel report.
 * {@code DISPLAY=:99 java -cp ... io.salescast.app.bench.ScreenshotTour OUTPUT_DIR}.
 */
public final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    private ScreenshotTour() {
    }

    /** Runs the tour; images go to {@code args[0]} (default docs/images). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("salescast-tour");
        List<Path> answers = new ArrayList<>();
        FilePrompts files = new FilePrompts() {
            @Override
            public Path open(String title, List<Filter> filters) {
                return answers.remove(0);
            }

            @Override
            public Path save(String title, String initialName, List<Filter> filters) {
                return answers.remove(0);
            }
        };
        FxSteps.Started started = FxSteps.start(home, files);
        Stage[] st = {started.stage()};
        Workbench w = started.workbench();
        fx(() -> w.commands().openSample());
        waitFor(900, () -> w.session().resultProperty().get() != null && w.explanations().explanationProperty().get() != null);
        fx(() -> {
            ResultTarget t = w.results().targets().stream().filter(x -> x.isProduct() && x.label().contains("Face")).findFirst()
                    .orElse(w.results().targets().get(w.results().targets().size() / 2));
            w.results().targetProperty().set(t);
        });
        Thread.sleep(800);
        fx(() -> {
            ChartSeries f = w.results().chartProperty().get().series().stream().filter(ChartSeries::pickable).findFirst().orElseThrow();
            w.explanations().pick(new PointPick(f.name(), 6, f.x()[6], f.y()[6]));
        });
        Thread.sleep(800);
        shot(st[0], out.resolve("results-light.png"));
        Path report = out.resolve("report.xlsx");
        CountDownLatch exported = new CountDownLatch(1);
        fx(() -> w.export().exportReport(report, p -> exported.countDown()));
        exported.await(300, TimeUnit.SECONDS);
        fx(() -> w.shell().show(Page.DATA));
        Thread.sleep(800);
        shot(st[0], out.resolve("data-light.png"));
        fx(() -> w.shell().show(Page.FEATURES));
        Thread.sleep(1200);
        shot(st[0], out.resolve("features-light.png"));
        fx(() -> w.shell().show(Page.MODELS));
        Thread.sleep(800);
        shot(st[0], out.resolve("models-light.png"));

        Path messy = messyCsv(home);
        answers.add(messy);
        fx(() -> w.session().dirtyProperty().set(false));
        fx(() -> w.commands().openFile(messy));
        Thread.sleep(6000);
        shot(st[0], out.resolve("import-light.png"));
        fx(() -> w.shell().themeProperty().set(AppSettings.Theme.DARK));
        Thread.sleep(1200);
        shot(st[0], out.resolve("import-dark.png"));
        fx(() -> w.shell().show(Page.RESULTS));
        Thread.sleep(1200);
        shot(st[0], out.resolve("results-dark.png"));
        fx(() -> w.shell().themeProperty().set(AppSettings.Theme.LIGHT));
        LOG.warn("screenshots written to {}", out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    private static Path messyCsv(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("Weekly sales export, store 12\n\ndate;sku;units sold;price;promo\n");
        LocalDate d0 = LocalDate.of(2024, 1, 1);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 400; i++) {
            for (String sku : new String[] {"TX-100", "TX-200", "KT-310"}) {
                String units = Integer.toString(4 + r.nextInt(9) + (i % 7 >= 5 ? 5 : 0));
                if (i == 3 && sku.equals("TX-200")) {
                    units = "12 pcs";
                }
                if (i == 17 && sku.equals("KT-310")) {
                    units = "#N/A";
                }
                String date = i == 40 && sku.equals("TX-100") ? "" : d0.plusDays(i).toString();
                sb.append(date).append(';').append(sku).append(';').append(units).append(';')
                        .append(sku.startsWith("TX") ? "12,90" : "7,50").append(';').append(i % 30 < 4 ? 1 : 0).append('\n');
            }
        }
        Path f = dir.resolve("store-12-daily.csv");
        Files.writeString(f, sb.toString());
        return f;
    }
}
