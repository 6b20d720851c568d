package io.salescast.app.view;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help &gt; Show log file: the end of the log file, with its location. */
final class LogViewer {

    private static final int TAIL_BYTES = 200_000;

    private LogViewer() {
    }

    static void show(Window owner, Path logFile) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Log file");
        d.setHeaderText("Log file: " + logFile);
        TextArea text = new TextArea(tail(logFile));
        text.setEditable(false);
        text.getStyleClass().add("log-view");
        text.setPrefSize(900, 480);
        text.setAccessibleText("Log file contents");
        text.positionCaret(text.getLength());
        Label hint = new Label("Send this file with a description of what you did when reporting a problem.");
        hint.getStyleClass().add("text-muted");
        d.getDialogPane().setContent(new VBox(8, text, hint));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        d.showAndWait();
    }

    static String tail(Path file) {
        if (!Files.isRegularFile(file)) {
            return "(The log file does not exist yet.)";
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, f.length() - TAIL_BYTES);
            f.seek(start);
            byte[] b = new byte[(int) (f.length() - start)];
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(Could not read the log file: " + e.getMessage() + ")";
        }
    }
}
