package io.salescast.app.viewmodel;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One stage of a training run with its own progress bar. */
public final class StageRow {

    private final String name;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty detail = new SimpleStringProperty("");

    StageRow(String name) {
        this.name = name;
    }

    /** Stage name as the engine reports it, capitalised. */
    public String name() {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String key() {
        return name;
    }

    /** Fraction done. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Latest message of the stage. */
    public StringProperty detailProperty() {
        return detail;
    }
}
