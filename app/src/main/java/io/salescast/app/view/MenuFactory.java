package io.salescast.app.view;

import io.salescast.app.infra.AppSettings;
import io.salescast.app.viewmodel.Page;
import io.salescast.app.viewmodel.WorkbenchViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the menu bar with its keyboard shortcuts. */
public final class MenuFactory {

    private MenuFactory() {
    }

    /**
     * The menus.
     *
     * @param vm       the shell
     * @param commands what the items do
     */
    public static MenuBar build(WorkbenchViewModel vm, Commands commands) {
        Menu recent = new Menu("Open recent");
        Consumer<Path> openRecent = commands::openFile;
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                i.setMnemonicParsing(false);
                i.setOnAction(e -> openRecent.accept(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu file = new Menu("_File", null,
                item("New project from spreadsheet…", "Shortcut+N", commands::newProject, null),
                item("Open project…", "Shortcut+O", commands::openProject, null),
                item("Open sample store", null, commands::openSample, null),
                recent,
                new SeparatorMenuItem(),
                item("Save project", "Shortcut+S", commands::save, commands.canSave()),
                item("Save project as…", "Shortcut+Shift+S", commands::saveAs, commands.canSave()),
                new SeparatorMenuItem(),
                item("Export Excel report…", "Shortcut+E", commands::exportReport, commands.canExport()),
                item("Export forecasts as CSV…", null, commands::exportCsv, commands.canExport()),
                item("Export chart as PNG…", "Shortcut+Shift+E", commands::exportChart, commands.canExport()),
                new SeparatorMenuItem(),
                item("Exit", "Shortcut+Q", commands::exit, null));

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(vm.themeProperty().get() == AppSettings.Theme.DARK);
        dark.selectedProperty().addListener((o, a, b) -> vm.themeProperty().set(b ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT));
        vm.themeProperty().addListener((o, a, b) -> dark.setSelected(b == AppSettings.Theme.DARK));
        Menu view = new Menu("_View");
        int n = 1;
        for (Page p : Page.values()) {
            MenuItem i = item(p.label(), "Shortcut+" + n++, () -> vm.show(p), vm.availableProperty(p));
            view.getItems().add(i);
        }
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        Menu run = new Menu("_Run", null,
                item("Train and forecast", "F5", commands::train, commands.canTrain()),
                item("Cancel training", "Shortcut+PERIOD", commands::cancel, commands.isTraining()));

        Menu help = new Menu("_Help", null,
                item("Show log file", null, commands::showLog, null),
                item("Open data folder", null, commands::openDataFolder, null),
                new SeparatorMenuItem(),
                item("About Salescast", null, commands::about, null));
        MenuBar bar = new MenuBar(file, view, run, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accel, Runnable action, BooleanExpression enabled) {
        MenuItem i = new MenuItem(text);
        if (accel != null) {
            i.setAccelerator(KeyCombination.keyCombination(accel));
        }
        i.setOnAction(e -> action.run());
        if (enabled != null) {
            i.disableProperty().bind(enabled.not());
        }
        return i;
    }
}
