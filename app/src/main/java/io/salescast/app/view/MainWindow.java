package io.salescast.app.view;

import io.salescast.app.viewmodel.Page;
import io.salescast.app.viewmodel.WorkbenchViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menus on top, navigation on the left (an entry per available page),
 * the current page in the middle, the status bar below, and a drop zone over everything while a
 * file is dragged in.
 */
public final class MainWindow extends StackPane {

    private final WorkbenchViewModel vm;
    private final Map<Page, Supplier<Node>> factories;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final VBox dropHint = new VBox();

    /**
     * @param vm        the shell's view model
     * @param menuBar   the menus
     * @param statusBar the status bar
     * @param factories how each page is built (lazily, on first show)
     * @param onDrop    what to do with a file dropped anywhere
     */
    public MainWindow(WorkbenchViewModel vm, MenuBar menuBar, Node statusBar, Map<Page, Supplier<Node>> factories,
                      Consumer<Path> onDrop) {
        this.vm = vm;
        this.factories = factories;
        BorderPane shell = new BorderPane();
        shell.setTop(menuBar);
        shell.setLeft(buildNav());
        shell.setCenter(content);
        shell.setBottom(statusBar);
        content.setId("page-content");
        buildDropHint();
        getChildren().addAll(shell, dropHint);
        vm.pageProperty().addListener((o, a, b) -> showPage(b));
        showPage(vm.pageProperty().get());
        installDragAndDrop(onDrop);
    }

    private VBox buildNav() {
        VBox nav = new VBox();
        nav.getStyleClass().add("nav-bar");
        nav.setAccessibleText("Navigation");
        Label brand = new Label("Salescast");
        brand.getStyleClass().add("nav-title");
        nav.getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("nav-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setGraphic(Icons.forPage(p));
            b.visibleProperty().bind(vm.availableProperty(p));
            b.managedProperty().bind(b.visibleProperty());
            b.setOnAction(e -> {
                vm.show(p);
                b.setSelected(vm.pageProperty().get() == p);
            });
            b.setSelected(vm.pageProperty().get() == p);
            vm.pageProperty().addListener((o, x, y) -> b.setSelected(y == p));
            nav.getChildren().add(b);
        }
        return nav;
    }

    private void buildDropHint() {
        Label l = new Label("Drop a spreadsheet (CSV, XLSX, XLS) or a Salescast project to open it");
        dropHint.getChildren().add(l);
        dropHint.setAlignment(Pos.CENTER);
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setVisible(false);
        dropHint.setMouseTransparent(true);
        StackPane.setMargin(dropHint, new javafx.geometry.Insets(40));
    }

    private void installDragAndDrop(Consumer<Path> onDrop) {
        addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropHint.setVisible(true);
            }
        });
        addEventFilter(DragEvent.DRAG_EXITED, e -> dropHint.setVisible(false));
        addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            dropHint.setVisible(false);
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                e.setDropCompleted(true);
                e.consume();
                onDrop.accept(files.get(0).toPath());
            }
        });
    }

    private void showPage(Page p) {
        Node n = pages.computeIfAbsent(p, k -> factories.get(k).get());
        content.getChildren().setAll(n);
    }

    /** The page node if it was built (tests, snapshots). */
    public Node page(Page p) {
        return pages.get(p);
    }
}
