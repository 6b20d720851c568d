package io.salescast.app.viewmodel;

import io.salescast.forecast.ModelSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A model on the Models page: whether it is chosen, and its key parameters as text. */
public final class ModelRow {

    private final ModelOption option;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final Map<String, StringProperty> params = new LinkedHashMap<>();
    private final boolean required;

    ModelRow(ModelOption option, boolean selected, boolean required) {
        this.option = option;
        this.required = required;
        this.selected.set(selected || required);
        if (required) {
            this.selected.addListener((o, a, b) -> {
                if (!b) {
                    this.selected.set(true);
                }
            });
        }
        for (ModelOption.Param p : option.params()) {
            params.put(p.name(), new SimpleStringProperty(p.defaultValue()));
        }
    }

    /** What the model is. */
    public ModelOption option() {
        return option;
    }

    /** Whether it is trained. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Whether it cannot be unchosen (the seasonal-naive reference). */
    public boolean required() {
        return required;
    }

    /** The text of a parameter. */
    public StringProperty param(String name) {
        return params.get(name);
    }

    /** Problems with the parameters, or null when they are valid. */
    public String validate() {
        for (ModelOption.Param p : option.params()) {
            String v = params.get(p.name()).get();
            try {
                double d = Double.parseDouble(v.trim());
                if (d < p.min() || d > p.max()) {
                    return option.label() + ": " + p.label() + " must be between " + fmt(p.min()) + " and " + fmt(p.max()) + ".";
                }
                if (p.defaultValue().indexOf('.') < 0 && d != Math.rint(d)) {
                    return option.label() + ": " + p.label() + " must be a whole number.";
                }
            } catch (NumberFormatException e) {
                return option.label() + ": " + p.label() + " must be a number, not \"" + v + "\".";
            }
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The engine spec (parameters that differ from the defaults only). */
    public ModelSpec spec() {
        ModelSpec s = ModelSpec.of(option.type());
        for (ModelOption.Param p : option.params()) {
            String v = params.get(p.name()).get().trim();
            if (!v.equals(p.defaultValue())) {
                s = s.withParam(p.name(), v);
            }
        }
        return s;
    }

    /** Loads a spec's parameters (from a saved project). */
    void load(ModelSpec spec) {
        selected.set(true);
        spec.params().forEach((k, v) -> {
            StringProperty p = params.get(k);
            if (p != null) {
                p.set(v);
            }
        });
    }
}
