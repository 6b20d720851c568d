package io.salescast.app.viewmodel;

import io.salescast.series.SalesPanel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open project as the workbench sees it: its data, its file, whether it has unsaved changes.
 * The other view models read and change it; the shell derives the title and the available pages
 * from it.
 */
public final class SessionViewModel {

    private final ObjectProperty<SalesPanel> panel = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    /** The sales data of the project, or null before an import. */
    public ObjectProperty<SalesPanel> panelProperty() {
        return panel;
    }

    /** Where the project was last saved, or null. */
    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    /** Display name of the project. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Whether there are unsaved changes. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True while a project with data is open. */
    public BooleanBinding hasData() {
        return panel.isNotNull();
    }

    /** "name — Salescast", with a star for unsaved changes. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(() -> name.get().isEmpty() ? "Salescast"
                : (dirty.get() ? "• " : "") + name.get() + " — Salescast", name, dirty);
    }
}
