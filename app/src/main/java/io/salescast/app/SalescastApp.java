package io.salescast.app;

import io.salescast.app.infra.AppPaths;
import io.salescast.app.infra.AppSettings;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: creates the composition root and the main window. */
public final class SalescastApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SalescastApp.class);
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        workbench = new Workbench(AppPaths.forCurrentUser(), stage, Platform::runLater);
        Scene scene = workbench.createScene();
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.title());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = SalescastApp.class.getResource("/io/salescast/app/icons/salescast-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        restoreBounds(stage, workbench.savedBounds());
        stage.setOnCloseRequest(e -> {
            if (!workbench.confirmClose()) {
                e.consume();
                return;
            }
            workbench.saveBounds(new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        });
        stage.show();
        Platform.runLater(() -> {
            Duration startup = ProcessHandle.current().info().startInstant().map(i -> Duration.between(i, Instant.now()))
                    .orElse(Duration.ZERO);
            LOG.info("Window interactive {} ms after JVM start", startup.toMillis());
            if (options.startupProbe() != null) {
                try {
                    Files.writeString(options.startupProbe(), Long.toString(startup.toMillis()));
                } catch (java.io.IOException ex) {
                    LOG.warn("Could not write startup probe {}", options.startupProbe(), ex);
                }
                Platform.exit();
                return;
            }
            workbench.open(options);
        });
    }

    private static void restoreBounds(Stage stage, AppSettings.WindowBounds b) {
        if (b == null) {
            Rectangle2D vis = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1360, vis.getWidth() * 0.9));
            stage.setHeight(Math.min(860, vis.getHeight() * 0.9));
            stage.centerOnScreen();
            return;
        }
        boolean onScreen = !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty();
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        if (onScreen) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.shutdown();
        }
    }
}
