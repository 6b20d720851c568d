package io.salescast.app.bench;

import io.salescast.app.Workbench;
import io.salescast.app.infra.AppPaths;
import io.salescast.app.viewmodel.LiveLoss;
import io.salescast.app.viewmodel.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Screenshot of the Training page while the LSTM trains on the sample store (the live loss chart):
 * opens the sample, waits for its default training, selects the LSTM with the baselines, starts
 * training, waits until the network has reported {@code args[1]} epochs (default 4) and saves
 * {@code args[0]} (default docs/images/app-training-loss.png), then cancels.
 * {@code DISPLAY=:99 java -cp ... io.salescast.app.bench.LossChartShot FILE [EPOCHS]}.
 */
public final class LossChartShot {

    private LossChartShot() {
    }

    /** Runs. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/images/app-training-loss.png");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path home = Files.createTempDirectory("salescast-loss");
        Workbench[] wb = new Workbench[1];
        Stage[] st = new Stage[1];
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            wb[0] = new Workbench(new AppPaths(home), stage, Platform::runLater);
            stage.setScene(wb[0].createScene());
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.titleProperty().bind(wb[0].title());
            stage.show();
            st[0] = stage;
            up.countDown();
        });
        up.await();
        Workbench w = wb[0];
        fx(() -> w.commands().openSample());
        waitFor(600, () -> w.session().resultProperty().get() != null && !w.training().runningProperty().get());
        fx(() -> {
            w.models().models().forEach(r -> r.selectedProperty().set(
                    List.of("lstm", "seasonal_naive", "naive", "ensemble").contains(r.option().type())));
            w.shell().show(Page.TRAINING);
            if (!w.training().start()) {
                throw new IllegalStateException("training did not start: " + w.models().problems());
            }
        });
        waitFor(900, () -> {
            LiveLoss l = w.training().liveLossProperty().get();
            return l != null && l.curve().epochs().size() >= epochs;
        });
        Thread.sleep(700);
        shot(st[0], file);
        fx(() -> w.training().cancel());
        Thread.sleep(500);
        Platform.exit();
        System.exit(0);
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                l.countDown();
            }
        });
        l.await();
    }

    private static void waitFor(int seconds, BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(500);
        }
    }

    private static void shot(Stage stage, Path file) throws Exception {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                var img = stage.getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } finally {
                l.countDown();
            }
        });
        l.await();
        System.out.println("wrote " + file);
    }
}
