package io.salescast.app.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A named on/off choice (a covariate or attribute to use as a feature).
 *
 * @param name     the column name
 * @param selected whether it is used
 * @param note     a remark shown beside it (a leakage warning), or empty
 */
public record Toggle(String name, BooleanProperty selected, String note) {

    /** A toggle in the given state. */
    public static Toggle of(String name, boolean on, String note) {
        return new Toggle(name, new SimpleBooleanProperty(on), note == null ? "" : note);
    }
}
