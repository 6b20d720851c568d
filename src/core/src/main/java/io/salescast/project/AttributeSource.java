package io.salescast.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.Importer;
import io.salescast.ingest.ReadOptions;
import io.salescast.series.AttributeJoin;
import io.salescast.series.ColumnMapping;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Static product attributes kept in a table of their own: another sheet of the data workbook (a
 * Products sheet beside the daily sales) or another CSV/XLSX/XLS file, joined to the series by
 * key columns. Stored in project files inside {@link ProjectSource}, so that the workbench and
 * {@code salescast run} make the same join.
 *
 * @param file    the attribute file, relative to the project file's folder like the data file;
 *                null = the data file itself (another sheet of it, named in {@code read})
 * @param read    how to read it (sheet, header row...); passwords are never stored
 * @param keys    series key column of the sales to the attribute table's column holding the same
 *                codes (e.g. {@code sku -> sku}); empty = the columns named like the series keys
 * @param columns attribute columns to take; empty = every column that is not a key
 */
public record AttributeSource(String file, ReadOptions read, Map<String, String> keys, List<String> columns) {

    /** Validates and copies; drops any password. */
    public AttributeSource {
        read = read == null ? ReadOptions.defaults() : read.withPassword(null);
        keys = keys == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** Another sheet of the data workbook, keyed by the columns named like the series keys, all other columns taken. */
    public static AttributeSource sheet(String sheet) {
        return new AttributeSource(null, ReadOptions.defaults().withSheet(sheet), Map.of(), List.of());
    }

    /** Whether the attributes come from the data file itself (another sheet of it). */
    @JsonIgnore
    public boolean sameFile() {
        return file == null;
    }

    /**
     * The attribute file.
     *
     * @param projectFile the project file (relative paths resolve against its folder), or null
     * @param dataFile    the resolved data file (used when {@link #file} is null)
     */
    public Path resolve(Path projectFile, Path dataFile) {
        if (file == null) {
            return dataFile;
        }
        Path p = Path.of(file);
        if (p.isAbsolute() || projectFile == null) {
            return p;
        }
        Path dir = projectFile.toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }

    /**
     * Reads the attribute table and joins it to the series.
     *
     * @param attributeFile the resolved attribute file
     * @param mapping       the sales mapping actually used (its series keys make the unique_ids)
     * @param ids           the unique_ids of the series
     * @throws io.salescast.ingest.ImportException when the table cannot be read or joined
     */
    public AttributeJoin.Result join(Path attributeFile, ColumnMapping mapping, List<String> ids, ProgressListener progress,
                                     CancellationToken cancel) {
        var table = Importer.read(attributeFile, read, progress, cancel).table();
        return AttributeJoin.join(table, mapping.seriesKeys(), keys, columns, ids);
    }
}
