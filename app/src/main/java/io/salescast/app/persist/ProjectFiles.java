package io.salescast.app.persist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salescast.core.Location;
import io.salescast.core.SalescastException;
import io.salescast.ingest.ReadOptions;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.Importer;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;
import io.salescast.series.LongFormatWriter;
import io.salescast.series.PanelOptions;
import io.salescast.series.SalesPanel;
import io.salescast.series.SeriesImport;
import io.salescast.series.StaticAttributes;
import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes {@code .salescast} project files: a zip holding {@code project.json} (the
 * settings, readable), {@code data.csv} (the series in long format: unique_id, ds, y,
 * covariates) and {@code attributes.csv}. Written to a temporary file and moved into place, so a
 * crash never leaves a damaged project.
 */
public final class ProjectFiles {

    private static final String JSON = "project.json";
    private static final String DATA = "data.csv";
    private static final String ATTRIBUTES = "attributes.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A project as read: settings and data.
     *
     * @param document the settings
     * @param panel    the data
     */
    public record Loaded(ProjectDocument document, SalesPanel panel) {
    }

    private ProjectFiles() {
    }

    /** Writes a project atomically. */
    public static void save(Path target, ProjectDocument doc, SalesPanel panel) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory("salescast-save");
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Path data = work.resolve(DATA);
            Path attrs = work.resolve(ATTRIBUTES);
            LongFormatWriter.write(panel, data);
            boolean hasAttributes = !panel.attributes().names().isEmpty();
            if (hasAttributes) {
                LongFormatWriter.writeAttributes(panel.attributes(), attrs);
            }
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(JSON));
                zip.write(MAPPER.writeValueAsBytes(doc));
                zip.closeEntry();
                for (Path p : hasAttributes ? List.of(data, attrs) : List.of(data)) {
                    zip.putNextEntry(new ZipEntry(p.getFileName().toString()));
                    Files.copy(p, zip);
                    zip.closeEntry();
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            deleteTree(work);
        }
    }

    /**
     * Reads a project.
     *
     * @throws SalescastException when the file is not a Salescast project or is damaged
     */
    public static Loaded load(Path file, ProgressListener progress, CancellationToken cancel) throws IOException {
        Path work = Files.createTempDirectory("salescast-open");
        try {
            ProjectDocument doc = null;
            try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                    String name = Path.of(e.getName()).getFileName().toString();
                    if (name.equals(JSON)) {
                        doc = MAPPER.readValue(zip.readAllBytes(), ProjectDocument.class);
                    } else if (name.equals(DATA) || name.equals(ATTRIBUTES)) {
                        Files.copy(zip, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw damaged(file, "its settings cannot be read (" + e.getOriginalMessage() + ")");
            } catch (java.util.zip.ZipException e) {
                throw damaged(file, "it is not a Salescast project (not a zip archive)");
            }
            if (doc == null || !Files.exists(work.resolve(DATA))) {
                throw damaged(file, "it lacks " + (doc == null ? JSON : DATA));
            }
            if (doc.formatVersion() > ProjectDocument.VERSION) {
                throw new SalescastException("The project was saved by a newer Salescast (format " + doc.formatVersion() + ").",
                        "Update Salescast to open it.", Location.ofFile(file.getFileName().toString()), null);
            }
            Frequency f = Frequency.parse(doc.frequency());
            List<String> covs = covariates(work.resolve(DATA));
            ColumnMapping m = new ColumnMapping(Columns.DS, Columns.Y, List.of(Columns.UNIQUE_ID), covs, List.of(), List.of());
            SeriesImport.Outcome out = SeriesImport.run(work.resolve(DATA), ReadOptions.defaults(), m,
                    PanelOptions.defaults().withFrequency(f), progress, cancel);
            SalesPanel panel = out.shaped().panel();
            if (Files.exists(work.resolve(ATTRIBUTES))) {
                panel = panel.withAttributes(attributes(work.resolve(ATTRIBUTES), progress, cancel));
            }
            return new Loaded(doc, panel);
        } finally {
            deleteTree(work);
        }
    }

    private static List<String> covariates(Path data) throws IOException {
        try (var lines = Files.lines(data)) {
            String header = lines.findFirst().orElse("");
            List<String> out = new ArrayList<>();
            for (String c : header.split(",")) {
                String n = c.trim().replace("\"", "");
                if (!n.isEmpty() && !n.equals(Columns.UNIQUE_ID) && !n.equals(Columns.DS) && !n.equals(Columns.Y)) {
                    out.add(n);
                }
            }
            return out;
        }
    }

    private static StaticAttributes attributes(Path file, ProgressListener progress, CancellationToken cancel) {
        RawTable t = Importer.read(file, ReadOptions.defaults().withType(Columns.UNIQUE_ID, io.salescast.ingest.ColumnType.TEXT),
                progress, cancel).table();
        if (t.rowCount() == 0) {
            return StaticAttributes.empty();
        }
        RawColumn id = t.column(Columns.UNIQUE_ID).orElse(t.columns().get(0));
        List<RawColumn> cols = t.columns().stream().filter(c -> c != id).toList();
        List<String> names = cols.stream().map(RawColumn::name).toList();
        Map<String, String[]> values = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String[] v = new String[cols.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = cols.get(j).isMissing(r) ? null : cols.get(j).text(r);
            }
            values.put(id.text(r), v);
        }
        return new StaticAttributes(names, values);
    }

    private static SalescastException damaged(Path file, String why) {
        return new SalescastException("The project cannot be opened: " + why + ".",
                "Open another copy, or recover the autosaved project if one is offered.", Location.ofFile(file.getFileName().toString()),
                null);
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
