package io.salescast.app.infra;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window that owns the dialogs (may return null before it exists) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(UserError error) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        prepare(a, error.title());
        Label msg = new Label(error.message());
        msg.setWrapText(true);
        Label todo = new Label(error.whatToDo());
        todo.setWrapText(true);
        todo.getStyleClass().add("text-muted");
        VBox box = new VBox(10, msg, todo);
        box.setPrefWidth(480);
        a.getDialogPane().setContent(box);
        if (error.details() != null) {
            TextArea trace = new TextArea(error.details());
            trace.setEditable(false);
            trace.setPrefRowCount(14);
            trace.getStyleClass().add("monospace");
            trace.setAccessibleText("Error details");
            a.getDialogPane().setExpandableContent(trace);
        }
        a.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        prepare(a, title);
        a.setContentText(message);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ok, ButtonType.CANCEL);
        prepare(a, title);
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    private void prepare(Alert a, String title) {
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(title);
    }
}
