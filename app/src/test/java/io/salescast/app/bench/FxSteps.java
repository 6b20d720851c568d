package io.salescast.app.bench;

import io.salescast.app.Workbench;
import io.salescast.app.infra.AppPaths;
import io.salescast.app.view.FilePrompts;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Steps the screenshot tools share: start the workbench in a 1440 x 900 window, run on the FX
 * thread and wait, poll a condition, save a PNG of the window.
 */
final class FxSteps {

    /** The started workbench and its window. */
    record Started(Workbench workbench, Stage stage) {
    }

    private FxSteps() {
    }

    /** Starts JavaFX and shows the workbench (user folder {@code home}; {@code files} answers file dialogs, or null). */
    static Started start(Path home, FilePrompts files) throws InterruptedException {
        Started[] out = new Started[1];
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Workbench wb = files == null ? new Workbench(new AppPaths(home), stage, Platform::runLater)
                    : new Workbench(new AppPaths(home), stage, Platform::runLater, files, null);
            stage.setScene(wb.createScene());
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.titleProperty().bind(wb.title());
            stage.show();
            out[0] = new Started(wb, stage);
            up.countDown();
        });
        up.await();
        return out[0];
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    static void fx(Runnable r) throws InterruptedException {
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

    /** Polls {@code c} twice a second until it holds or {@code seconds} have passed. */
    static void waitFor(int seconds, BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(500);
        }
    }

    /** Saves the stage's scene as a PNG. */
    static void shot(Stage stage, Path file) throws Exception {
        Exception[] failure = new Exception[1];
        fx(() -> {
            try {
                var img = stage.getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
