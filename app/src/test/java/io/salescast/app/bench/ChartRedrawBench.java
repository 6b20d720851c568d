package io.salescast.app.bench;

import io.salescast.app.chart.ChartData;
import io.salescast.app.chart.ChartSeries;
import io.salescast.app.chart.TimeChart;
import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.app.viewmodel.DataViewModel;
import io.salescast.app.viewmodel.ProductRow;
import io.salescast.app.viewmodel.SessionViewModel;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chart timings on the sample store (200 products, 1,096 days each): switching products on the
 * data page (view model + full redraw), the store total, and a 50,000-point series. Run with a
 * display (Xvfb) or headless Monocle: {@code java -cp ... io.salescast.app.bench.ChartRedrawBench}.
 */
public final class ChartRedrawBench {

    private static final Logger LOG = LoggerFactory.getLogger(ChartRedrawBench.class);

    private ChartRedrawBench() {
    }

    /** Runs the benchmark and logs the figures (WARN level, so they show with the test logging). */
    public static void main(String[] args) throws Exception {
        SalesPanel panel = SampleStore.generate(SampleOptions.sample()).panel();
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run(panel);
            } catch (RuntimeException e) {
                LOG.error("benchmark failed", e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(SalesPanel panel) {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
        DialogService none = new DialogService() {
            @Override
            public void showError(UserError error) {
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String message, String okLabel) {
                return true;
            }
        };
        SessionViewModel session = new SessionViewModel(tasks, none);
        session.setProject("bench", panel);
        DataViewModel vm = new DataViewModel(session, Locale.US);
        TimeChart chart = new TimeChart(Locale.US);
        chart.dataProperty().bind(vm.salesChartProperty());
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(chart), 1200, 600));
        stage.show();
        chart.applyCss();
        chart.layout();
        List<ProductRow> rows = List.copyOf(vm.products());
        long[] switchNs = new long[rows.size()];
        long[] drawNs = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            long t0 = System.nanoTime();
            vm.selectedProperty().set(rows.get(i));
            switchNs[i] = System.nanoTime() - t0;
            drawNs[i] = chart.lastRedrawNanos();
        }
        LOG.warn("product switch (view model + redraw commands), {} products x {} points: median {} ms, p95 {} ms, max {} ms; "
                + "redraw alone median {} ms", rows.size(), rows.get(0).periods(), ms(pct(switchNs, 50)), ms(pct(switchNs, 95)),
                ms(pct(switchNs, 100)), ms(pct(drawNs, 50)));
        long[] pixelsNs = new long[40];
        for (int i = 0; i < pixelsNs.length; i++) {
            long t0 = System.nanoTime();
            vm.selectedProperty().set(rows.get(i * 5 % rows.size()));
            chart.snapshot(null, null);
            pixelsNs[i] = System.nanoTime() - t0;
        }
        LOG.warn("product switch to rendered pixels (forced by a snapshot of the {}x{} chart): median {} ms, p95 {} ms",
                (int) chart.getWidth(), (int) chart.getHeight(), ms(pct(pixelsNs, 50)), ms(pct(pixelsNs, 95)));
        chart.dataProperty().unbind();
        double[] total = new double[panel.series().get(0).length()];
        double[] x = new double[total.length];
        for (var s : panel.series()) {
            int off = (int) (s.start().toEpochDay() - panel.firstDate().toEpochDay());
            for (int i = 0; i < s.length() && off + i < total.length; i++) {
                total[off + i] += Double.isNaN(s.y()[i]) ? 0 : s.y()[i];
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = panel.firstDate().toEpochDay() + i;
        }
        long[] totalNs = new long[20];
        for (int i = 0; i < totalNs.length; i++) {
            long t0 = System.nanoTime();
            chart.setData(new ChartData(List.of(ChartSeries.line("Store total " + i, x, total, 0)), List.of(), List.of(),
                    ChartData.XKind.EPOCH_DAY, "units"));
            totalNs[i] = System.nanoTime() - t0;
        }
        LOG.warn("store total ({} points, summed beforehand): median {} ms", x.length, ms(pct(totalNs, 50)));
        int n = 50_000;
        double[] bx = new double[n];
        double[] by = new double[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            bx[i] = i;
            by[i] = 100 + r.nextGaussian() * 10 + (i % 7 == 0 ? 40 : 0);
        }
        long[] bigNs = new long[20];
        for (int i = 0; i < bigNs.length; i++) {
            long t0 = System.nanoTime();
            chart.setData(new ChartData(List.of(ChartSeries.line("big " + i, bx, by, 0)), List.of(), List.of(),
                    ChartData.XKind.NUMBER, ""));
            bigNs[i] = System.nanoTime() - t0;
        }
        long[] zoomNs = new long[20];
        for (int i = 0; i < zoomNs.length; i++) {
            long t0 = System.nanoTime();
            chart.viewport().zoom(0.9, n / 2.0);
            chart.redraw();
            zoomNs[i] = System.nanoTime() - t0;
        }
        LOG.warn("50,000 points: set data + redraw median {} ms; zoom step redraw median {} ms", ms(pct(bigNs, 50)),
                ms(pct(zoomNs, 50)));
        stage.close();
        tasks.close();
    }

    private static long pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static String ms(long ns) {
        return String.format(Locale.ROOT, "%.1f", ns / 1e6);
    }
}
