package io.salescast.app.viewmodel;

import io.salescast.ingest.ColumnType;
import io.salescast.series.Aggregation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A column of the table being imported: its inferred type, its role and how it aggregates. */
public final class ImportColumn {

    private final String name;
    private final ColumnType type;
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>(ColumnRole.IGNORE);
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>();

    ImportColumn(String name, ColumnType type) {
        this.name = name;
        this.type = type;
    }

    /** Column name. */
    public String name() {
        return name;
    }

    /** Inferred type. */
    public ColumnType type() {
        return type;
    }

    /** Role chosen for it. */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** How rows in one period combine, or null for the default (sum for the target, mean for prices, max for flags). */
    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }
}
