package io.salescast.explain;

import io.salescast.core.CsvFiles;
import io.salescast.core.SalescastException;
import io.salescast.series.Columns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes explanations as CSV in long format, one row per (point, feature):
 * {@code unique_id, ds, model, feature, family, contribution}. Every point also gets one row
 * whose feature is {@code base} and one whose feature is {@code prediction} (family empty), so
 * anyone can check additivity from the file alone: per (unique_id, ds, model), base plus the sum
 * of the feature rows equals prediction. Written through {@link CsvFiles}: numbers in full
 * precision (shortest form that reads back), dates as ISO, text such as ids and feature names
 * neutralised against formula injection, files replaced atomically.
 */
public final class ExplanationCsv {

    /** Column names, in order. */
    public static final List<String> HEADER = List.of(Columns.UNIQUE_ID, Columns.DS, "model", "feature", "family",
            "contribution");
    /** Feature name of the base-value row. */
    public static final String BASE = "base";
    /** Feature name of the prediction row. */
    public static final String PREDICTION = "prediction";
    /** Column names of the importance file, in order. */
    public static final List<String> IMPORTANCE_HEADER = List.of("model", "scope", "method", "level", "feature",
            "label", "family", "importance", "spread");

    private ExplanationCsv() {
    }

    /** Writes point explanations to a writer (flushed, left open). */
    public static void writePoints(Writer out, List<PointExplanation> points) {
        unchecked(() -> CsvFiles.write(out, HEADER, points(points)));
    }

    /**
     * Writes point explanations to a file, atomically.
     *
     * @throws SalescastException when the file cannot be written
     */
    public static void writePoints(Path file, List<PointExplanation> points) {
        CsvFiles.write(file, HEADER, points(points));
    }

    /**
     * Writes global importance (features then families) to a writer (flushed, left open): {@code model,
     * scope, method, level (feature|family), feature, label, family, importance, spread}.
     */
    public static void writeImportance(Writer out, List<GlobalImportance> importances) {
        unchecked(() -> CsvFiles.write(out, IMPORTANCE_HEADER, importance(importances)));
    }

    /**
     * Writes global importance to a file, atomically.
     *
     * @throws SalescastException when the file cannot be written
     */
    public static void writeImportance(Path file, List<GlobalImportance> importances) {
        CsvFiles.write(file, IMPORTANCE_HEADER, importance(importances));
    }

    private static CsvFiles.Rows points(List<PointExplanation> points) {
        return out -> {
            for (PointExplanation p : points) {
                String id = p.uniqueId() == null ? "" : p.uniqueId();
                out.text(id).date(p.ds()).text(p.model()).text(BASE).text("").number(p.base()).end();
                for (FeatureContribution c : p.contributions()) {
                    out.text(id).date(p.ds()).text(p.model()).text(c.feature()).text(c.family().code())
                            .number(c.contribution()).end();
                }
                out.text(id).date(p.ds()).text(p.model()).text(PREDICTION).text("").number(p.prediction()).end();
            }
        };
    }

    private static CsvFiles.Rows importance(List<GlobalImportance> importances) {
        return out -> {
            for (GlobalImportance g : importances) {
                String scope = g.scope().describe();
                for (GlobalImportance.FeatureImportance f : g.features()) {
                    out.text(g.model()).text(scope).text(g.method().name()).text("feature").text(f.feature())
                            .text(f.label()).text(f.family().code()).number(f.importance()).number(f.spread()).end();
                }
                for (GlobalImportance.FamilyImportance f : g.families()) {
                    out.text(g.model()).text(scope).text(g.method().name()).text("family").text(f.family().code())
                            .text(f.family().label()).text(f.family().code()).number(f.importance())
                            .number(f.spread()).end();
                }
            }
        };
    }

    /** Writing to an in-memory or caller-owned writer: I/O failures stay unchecked as before. */
    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
