package io.salescast.ingest;

import io.salescast.core.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mutable collector of problems while a table is read or shaped. Problems of the same kind in
 * the same column are merged into one {@link ImportProblem} with a count and the first rows, so
 * a million bad cells cost a counter, not a million objects. Not thread-safe.
 */
public final class ProblemCollector {

    private final String file;
    private final String sheet;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    /**
     * @param file  file name for locations
     * @param sheet sheet name for locations, or null
     */
    public ProblemCollector(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** File name used in locations. */
    public String file() {
        return file;
    }

    /** Sheet name used in locations, or null. */
    public String sheet() {
        return sheet;
    }

    /**
     * Records one occurrence.
     *
     * @param severity severity (the first occurrence's severity is kept)
     * @param kind     kind
     * @param column   column name, or null
     * @param row      1-based source row, or 0 when not about a row
     * @param message  message used when this is the first occurrence of kind+column
     */
    public void add(Severity severity, ProblemKind kind, String column, long row, String message) {
        addCount(severity, kind, column, row, 1, message);
    }

    /** Records {@code count} occurrences at once (e.g. periods filled in one series). */
    public void addCount(Severity severity, ProblemKind kind, String column, long row, long count, String message) {
        Entry e = entries.computeIfAbsent(new Key(kind, column), k -> new Entry(severity, message, row));
        e.count += count;
        if (row > 0 && e.rows.size() < ImportProblem.MAX_ROWS && (e.rows.isEmpty() || e.rows.get(e.rows.size() - 1) != row)) {
            e.rows.add(row);
        }
    }

    /** Number of occurrences recorded for a kind (all columns). */
    public long count(ProblemKind kind) {
        return entries.entrySet().stream().filter(en -> en.getKey().kind == kind).mapToLong(en -> en.getValue().count).sum();
    }

    /** The problems collected so far, in the order first seen. */
    public List<ImportProblem> problems() {
        List<ImportProblem> out = new ArrayList<>(entries.size());
        entries.forEach((k, e) -> {
            List<Long> rows = new ArrayList<>(e.rows);
            rows.sort(null);
            out.add(new ImportProblem(e.severity, k.kind, e.message,
                    new Location(file, sheet, e.firstRow, k.column), e.count, rows));
        });
        return out;
    }

    private record Key(ProblemKind kind, String column) {
        Key {
            Objects.requireNonNull(kind);
        }
    }

    private static final class Entry {
        final Severity severity;
        final String message;
        final long firstRow;
        final List<Long> rows = new ArrayList<>();
        long count;

        Entry(Severity severity, String message, long firstRow) {
            this.severity = severity;
            this.message = message;
            this.firstRow = firstRow;
        }
    }
}
