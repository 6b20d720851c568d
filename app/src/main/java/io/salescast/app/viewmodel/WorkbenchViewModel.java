package io.salescast.app.viewmodel;

import io.salescast.app.infra.AppSettings;
import io.salescast.app.infra.SettingsStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shell's state: which page is shown, which pages are available (a page appears only when it
 * has something to work on), the window title and the remembered settings.
 */
public final class WorkbenchViewModel {

    private final SettingsStore store;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.START);
    private final Map<Page, BooleanProperty> available = new EnumMap<>(Page.class);
    private final StringProperty title = new SimpleStringProperty("Salescast");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<AppSettings.Theme> theme = new SimpleObjectProperty<>(AppSettings.Theme.LIGHT);
    private final StringProperty statusText = new SimpleStringProperty("Ready");
    private AppSettings settings;

    /** A shell view model over the settings in {@code store}. */
    public WorkbenchViewModel(SettingsStore store) {
        this.store = store;
        this.settings = store.load();
        for (Page p : Page.values()) {
            available.put(p, new SimpleBooleanProperty(p == Page.START));
        }
        recentFiles.setAll(settings.recentFiles());
        theme.set(settings.theme());
        theme.addListener((o, a, b) -> update(settings.withTheme(b)));
        page.addListener((o, a, b) -> {
            if (b != null && !isAvailable(b)) {
                page.set(a);
            }
        });
    }

    /** The page shown. Setting an unavailable page is ignored. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Whether {@code p} can be shown (its navigation entry is visible). */
    public ReadOnlyBooleanProperty availableProperty(Page p) {
        return available.get(p);
    }

    /** Whether {@code p} can be shown. */
    public boolean isAvailable(Page p) {
        return available.get(p).get();
    }

    /** Makes {@code p} available or not; leaving an unavailable page goes to Start. */
    public void setAvailable(Page p, boolean value) {
        if (p == Page.START) {
            return;
        }
        available.get(p).set(value);
        if (!value && page.get() == p) {
            page.set(Page.START);
        }
    }

    /** Shows {@code p} if available. */
    public void show(Page p) {
        if (isAvailable(p)) {
            page.set(p);
        }
    }

    /** Window title. */
    public StringProperty titleProperty() {
        return title;
    }

    /** A short status line for the status bar. */
    public StringProperty statusTextProperty() {
        return statusText;
    }

    /** Recent projects and files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Remembers {@code file} as most recent. */
    public void addRecent(Path file) {
        update(settings.withRecent(file));
        recentFiles.setAll(settings.recentFiles());
    }

    /** Forgets {@code file} (it no longer exists). */
    public void removeRecent(Path file) {
        update(settings.withoutRecent(file));
        recentFiles.setAll(settings.recentFiles());
    }

    /** The theme; changes are saved. */
    public ObjectProperty<AppSettings.Theme> themeProperty() {
        return theme;
    }

    /** Switches light/dark. */
    public void toggleTheme() {
        theme.set(theme.get() == AppSettings.Theme.DARK ? AppSettings.Theme.LIGHT : AppSettings.Theme.DARK);
    }

    /** The last saved window placement, or null. */
    public AppSettings.WindowBounds windowBounds() {
        return settings.window();
    }

    /** Saves the window placement. */
    public void saveWindowBounds(AppSettings.WindowBounds bounds) {
        update(settings.withWindow(bounds));
    }

    private void update(AppSettings s) {
        settings = s;
        store.save(s);
    }
}
