package io.salescast.explain;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.salescast.core.Location;
import io.salescast.core.SalescastException;
import io.salescast.series.Columns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes explanations as CSV in long format, one row per (point, feature):
 * {@code unique_id, ds, model, feature, family, contribution}. Every point also gets one row
 * whose feature is {@code base} and one whose feature is {@code prediction} (family empty), so
 * anyone can check additivity from the file alone: per (unique_id, ds, model), base plus the sum
 * of the feature rows equals prediction. Numbers are written in full precision, dates as ISO.
 * Files are written atomically (a temporary file moved into place).
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

    /** Writes point explanations to a writer (left open). */
    public static void writePoints(Writer out, List<PointExplanation> points) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(HEADER);
        for (PointExplanation p : points) {
            String id = p.uniqueId() == null ? "" : p.uniqueId();
            String ds = p.ds() == null ? "" : p.ds().toString();
            csv.writeRecord(id, ds, p.model(), BASE, "", number(p.base()));
            for (FeatureContribution c : p.contributions()) {
                csv.writeRecord(id, ds, p.model(), c.feature(), c.family().code(), number(c.contribution()));
            }
            csv.writeRecord(id, ds, p.model(), PREDICTION, "", number(p.prediction()));
        }
        flush(csv);
    }

    /** Writes point explanations to a file, atomically. */
    public static void writePoints(Path file, List<PointExplanation> points) {
        atomically(file, w -> writePoints(w, points));
    }

    /**
     * Writes global importance (features then families) to a writer (left open): {@code model,
     * scope, method, level (feature|family), feature, label, family, importance, spread}.
     */
    public static void writeImportance(Writer out, List<GlobalImportance> importances) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(IMPORTANCE_HEADER);
        for (GlobalImportance g : importances) {
            String scope = g.scope().describe();
            for (GlobalImportance.FeatureImportance f : g.features()) {
                csv.writeRecord(g.model(), scope, g.method().name(), "feature", f.feature(), f.label(),
                        f.family().code(), number(f.importance()), number(f.spread()));
            }
            for (GlobalImportance.FamilyImportance f : g.families()) {
                csv.writeRecord(g.model(), scope, g.method().name(), "family", f.family().code(), f.family().label(),
                        f.family().code(), number(f.importance()), number(f.spread()));
            }
        }
        flush(csv);
    }

    /** Writes global importance to a file, atomically. */
    public static void writeImportance(Path file, List<GlobalImportance> importances) {
        atomically(file, w -> writeImportance(w, importances));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static void flush(CsvWriter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void atomically(Path file, java.util.function.Consumer<Writer> body) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target.getParent();
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.accept(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new SalescastException("Could not write the explanations file.",
                    "Check that the folder exists, that you may write to it and that the file is not open in another program.",
                    Location.ofFile(file.getFileName().toString()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the file was never made; nothing more to clean
                }
            }
        }
    }
}
