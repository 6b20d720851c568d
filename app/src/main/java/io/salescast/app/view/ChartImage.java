package io.salescast.app.view;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a node (the chart) as a PNG image, at twice the screen resolution for sharp printing. */
final class ChartImage {

    private ChartImage() {
    }

    static void writePng(Node node, Path target) throws IOException {
        SnapshotParameters sp = new SnapshotParameters();
        sp.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        WritableImage img = node.snapshot(sp, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", target.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
