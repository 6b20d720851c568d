package io.salescast.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.salescast.ingest.ReadOptions;
import io.salescast.series.ColumnMapping;
import io.salescast.series.PanelOptions;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's data comes from and how it becomes series.
 *
 * @param file    the data file; a relative path is resolved against the project file's folder
 * @param read    how to read it (sheet, header row, delimiter...); passwords are never stored
 * @param mapping which column plays which role
 * @param panel   how rows become periods (frequency, aggregation, fill...)
 * @param attributes static product attributes from another sheet or file, or null (format version 2;
 *                absent from files that do not use it)
 */
public record ProjectSource(String file, ReadOptions read, ColumnMapping mapping, PanelOptions panel,
                            @JsonInclude(JsonInclude.Include.NON_NULL) AttributeSource attributes) {

    /** Validates and fills defaults; drops any password. */
    public ProjectSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mapping, "mapping");
        read = read == null ? ReadOptions.defaults() : read.withPassword(null);
        panel = panel == null ? PanelOptions.defaults() : panel;
    }

    /** A source without separate attributes. */
    public ProjectSource(String file, ReadOptions read, ColumnMapping mapping, PanelOptions panel) {
        this(file, read, mapping, panel, null);
    }

    /** The same source with attributes from another sheet or file (null: none). */
    public ProjectSource withAttributes(AttributeSource newAttributes) {
        return new ProjectSource(file, read, mapping, panel, newAttributes);
    }

    /** The data file resolved against the folder of the project file. */
    public Path resolve(Path projectFile) {
        Path p = Path.of(file);
        if (p.isAbsolute() || projectFile == null) {
            return p;
        }
        Path dir = projectFile.toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }
}
