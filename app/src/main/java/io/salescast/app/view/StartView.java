package io.salescast.app.view;

import io.salescast.app.viewmodel.WorkbenchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The start page: three big actions and the recent projects. */
public final class StartView extends VBox {

    /**
     * @param vm          the shell (recent files)
     * @param openSample  opens the bundled sample store
     * @param newProject  asks for a spreadsheet and imports it
     * @param openProject asks for a project file and opens it
     * @param openRecent  opens a recent file
     */
    public StartView(WorkbenchViewModel vm, Runnable openSample, Runnable newProject, Runnable openProject, Consumer<Path> openRecent) {
        getStyleClass().add("page");
        setId("start-page");
        Label title = new Label("Welcome to Salescast");
        title.getStyleClass().add("page-title");
        Label sub = new Label("Forecast product sales from your spreadsheets: import, configure features, train, explain, export.");
        sub.getStyleClass().add("page-subtitle");
        sub.setWrapText(true);

        FlowPane actions = new FlowPane(16, 16);
        actions.getChildren().addAll(
                card("open-sample", Feather.SHOPPING_BAG, "Open sample store",
                        "The bundled online store: 200 products, three years of daily sales, prices and promotions; trained in under a minute.", openSample),
                card("new-project", Feather.FILE_PLUS, "New project from spreadsheet",
                        "Import CSV, XLSX or XLS sales data and map its columns.", newProject),
                card("open-project", Feather.FOLDER, "Open project…",
                        "Continue with a saved Salescast project.", openProject));

        Label recentTitle = new Label("Recent");
        recentTitle.getStyleClass().add("section-title");
        ListView<Path> recent = new ListView<>(vm.recentFiles());
        recent.setId("recent-list");
        recent.getStyleClass().add("recent-list");
        recent.setAccessibleText("Recent projects and files");
        recent.setPlaceholder(new Label("No recent projects yet. Drop a spreadsheet anywhere in this window to start."));
        recent.setCellFactory(lv -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                openRecent.accept(recent.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(recent, Priority.ALWAYS);
        Label hint = new Label("Tip: drag and drop a spreadsheet or project file anywhere in the window.");
        hint.getStyleClass().add("text-muted");
        VBox.setMargin(recentTitle, new Insets(12, 0, 0, 0));
        getChildren().addAll(title, sub, actions, recentTitle, recent, hint);
    }

    private static Button card(String id, Ikon icon, String title, String text, Runnable action) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label d = new Label(text);
        d.getStyleClass().add("card-text");
        d.setWrapText(true);
        VBox box = new VBox(8, Icons.of(icon, 24), t, d);
        Button b = new Button();
        b.setId(id);
        b.setGraphic(box);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("action-card");
        b.setAccessibleText(title);
        b.setOnAction(e -> action.run());
        b.setMaxWidth(300);
        t.setWrapText(true);
        return b;
    }

    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(p.getFileName() == null ? p.toString() : p.getFileName().toString());
            name.getStyleClass().add("section-title");
            Label where = new Label(p.getParent() == null ? "" : p.getParent().toString());
            where.getStyleClass().add("text-muted");
            if (!Files.exists(p)) {
                where.setText(where.getText() + "  (missing)");
            }
            boolean project = p.toString().endsWith(".salescast") || Files.isDirectory(p);
            VBox v = new VBox(2, name, where);
            Label row = new Label(null, v);
            row.setGraphic(new javafx.scene.layout.HBox(10, Icons.of(project ? Feather.BRIEFCASE : Feather.FILE_TEXT, 18), v));
            setText(null);
            setGraphic(row);
        }
    }
}
