package io.salescast.app.persist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salescast.core.CancellationToken;
import io.salescast.core.Location;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.ingest.ColumnType;
import io.salescast.ingest.Importer;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import io.salescast.project.AttributeSource;
import io.salescast.project.Project;
import io.salescast.project.ProjectRunner;
import io.salescast.project.ProjectSource;
import io.salescast.project.ProjectStore;
import io.salescast.project.SavedResults;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Columns;
import io.salescast.series.LongFormatWriter;
import io.salescast.series.PanelOptions;
import io.salescast.series.SalesPanel;
import io.salescast.series.StaticAttributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes project files. A {@code .salescast} file is a zip of a folder the command line
 * can run as it is: {@code project.json} (core's {@link Project}, whose source is the embedded
 * {@code data.csv} in long format), {@code attributes.csv}, and {@code workbench.json} (where the
 * data first came from, for the report) and, for a trained project, {@code results/}: the run's
 * forecasts, backtest, leaderboard, Tribuo models and {@code result.json} (core's
 * {@link SavedResults}, with a fingerprint of the settings and data they were computed from) and
 * {@code run.json} (when and how long). Written to a temporary file and moved into place, so a
 * crash never leaves a damaged project. Plain project JSON files (the command line's, e.g.
 * {@code samples/sample-store.json}) open too.
 */
public final class ProjectFiles {

    private static final String PROJECT = "project.json";
    private static final String WORKBENCH = "workbench.json";
    private static final String DATA = "data.csv";
    private static final String ATTRIBUTES = "attributes.csv";
    /** Folder of the saved results in a bundle. */
    public static final String RESULTS = "results";
    private static final String RUN = "run.json";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectFiles.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A project as read.
     *
     * @param project  the engine's project (settings)
     * @param extras   the workbench's notes (origin of the data), never null
     * @param panel    the data
     * @param results  the saved results when present and consistent with the settings and data, else null
     * @param run      when the saved results were computed and how long it took, or null without results
     * @param note     why saved results were not used (one line, e.g. "the data or settings changed since the
     *                 results were saved"), or null when they were used or the project had none
     */
    public record Loaded(Project project, ProjectDocument extras, SalesPanel panel, EngineResult results, SavedRun run, String note) {

        /** A project read without results. */
        public Loaded(Project project, ProjectDocument extras, SalesPanel panel) {
            this(project, extras, panel, null, null, null);
        }
    }

    /**
     * The workbench's note on saved results ({@code results/run.json}).
     *
     * @param finished   when training finished (ISO instant)
     * @param tookMillis how long it took
     */
    public record SavedRun(String finished, long tookMillis) {

        /** The finish time, or null when unreadable. */
        public Instant finishedAt() {
            try {
                return finished == null ? null : Instant.parse(finished);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /**
     * Results to save with a project.
     *
     * @param result   the engine's result; it must have been computed from the saved settings and data
     * @param finished when training finished
     * @param took     how long it took
     */
    public record Results(EngineResult result, Instant finished, Duration took) {
    }

    private ProjectFiles() {
    }

    /**
     * The project's source when its data is the embedded long-format CSV, with the static
     * attributes (from the sales sheet or joined from another table) as the embedded
     * {@code attributes.csv} keyed by unique_id, so that {@code salescast run} on the unzipped
     * bundle uses them too.
     */
    public static ProjectSource embeddedSource(SalesPanel panel) {
        ColumnMapping m = new ColumnMapping(Columns.DS, Columns.Y, List.of(Columns.UNIQUE_ID), panel.covariateNames(), List.of(),
                List.of());
        ReadOptions read = ReadOptions.defaults().withType(Columns.UNIQUE_ID, ColumnType.TEXT);
        ProjectSource src = new ProjectSource(DATA, read, m, PanelOptions.defaults().withFrequency(panel.frequency()));
        return panel.attributes().names().isEmpty() ? src
                : src.withAttributes(new AttributeSource(ATTRIBUTES, read, Map.of(Columns.UNIQUE_ID, Columns.UNIQUE_ID), List.of()));
    }

    /** Writes a project bundle atomically, without results. */
    public static void save(Path target, Project project, ProjectDocument extras, SalesPanel panel) throws IOException {
        save(target, project, extras, panel, null);
    }

    /**
     * Writes a project bundle atomically; with {@code results}, also its {@code results/} folder
     * (core's {@link SavedResults} files, fingerprinted with the saved settings and data, and
     * {@code run.json}) so that opening it shows them without training.
     */
    public static void save(Path target, Project project, ProjectDocument extras, SalesPanel panel, Results results) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory("salescast-save");
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            List<Path> parts = new ArrayList<>();
            ProjectStore.save(project.withSource(embeddedSource(panel)), work.resolve(PROJECT));
            parts.add(work.resolve(PROJECT));
            Files.write(work.resolve(WORKBENCH), MAPPER.writeValueAsBytes(extras));
            parts.add(work.resolve(WORKBENCH));
            LongFormatWriter.write(panel, work.resolve(DATA));
            parts.add(work.resolve(DATA));
            if (!panel.attributes().names().isEmpty()) {
                LongFormatWriter.writeAttributes(panel.attributes(), work.resolve(ATTRIBUTES));
                parts.add(work.resolve(ATTRIBUTES));
            }
            if (results != null) {
                Path res = work.resolve(RESULTS);
                SavedResults.write(res, results.result(), fingerprint(work));
                Files.write(res.resolve(RUN), MAPPER.writeValueAsBytes(new SavedRun(results.finished().toString(),
                        results.took().toMillis())));
                try (var walk = Files.walk(res)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(parts::add);
                }
            }
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path p : parts) {
                    zip.putNextEntry(new ZipEntry(work.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, zip);
                    zip.closeEntry();
                }
            }
            io.salescast.core.AtomicFiles.ordinaryPermissions(target.toAbsolutePath(), tmp);
            io.salescast.core.AtomicFiles.moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
            deleteTree(work);
        }
    }

    /**
     * Reads a project bundle ({@code .salescast}) or a plain project JSON file.
     *
     * @throws SalescastException when the file is not a Salescast project, is damaged, or its data cannot be read
     */
    public static Loaded load(Path file, ProgressListener progress, CancellationToken cancel) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Project p = ProjectStore.load(file);
            SalesPanel panel = new ProjectRunner(ModelCatalog.standard()).load(p, file, progress, cancel).shaped().panel();
            AttributeSource a = p.source().attributes();
            AttributeSource origin = a == null || a.sameFile() ? a
                    : new AttributeSource(a.resolve(file, null).toString(), a.read(), a.keys(), a.columns());
            return new Loaded(p, ProjectDocument.of(p.source().resolve(file).toString(), p.source().read().sheet(), false, origin), panel);
        }
        Path work = Files.createTempDirectory("salescast-open");
        try {
            unzip(file, work);
            if (!Files.exists(work.resolve(PROJECT)) || !Files.exists(work.resolve(DATA))) {
                throw damaged(file, "it lacks " + (Files.exists(work.resolve(PROJECT)) ? DATA : PROJECT));
            }
            Project p = ProjectStore.load(work.resolve(PROJECT));
            ProjectDocument extras = Files.exists(work.resolve(WORKBENCH))
                    ? MAPPER.readValue(work.resolve(WORKBENCH).toFile(), ProjectDocument.class) : ProjectDocument.of(null, null, false);
            SalesPanel panel = new ProjectRunner(ModelCatalog.standard()).load(p, work.resolve(PROJECT), progress, cancel).shaped()
                    .panel();
            if (p.source().attributes() == null && Files.exists(work.resolve(ATTRIBUTES))) {
                // bundles written before the project source named attributes.csv
                panel = panel.withAttributes(attributes(work.resolve(ATTRIBUTES), progress, cancel));
            }
            if (!Files.isDirectory(work.resolve(RESULTS))) {
                return new Loaded(p, extras, panel, null, null, extras.trained() ? "the project was saved without its results" : null);
            }
            try {
                EngineResult r = SavedResults.read(work.resolve(RESULTS), p.engineSettings(panel.frequency()), panel, fingerprint(work));
                SavedRun run = Files.isRegularFile(work.resolve(RESULTS).resolve(RUN))
                        ? MAPPER.readValue(work.resolve(RESULTS).resolve(RUN).toFile(), SavedRun.class) : new SavedRun(null, 0);
                return new Loaded(p, extras, panel, r, run, null);
            } catch (IOException | RuntimeException e) {
                String why = e instanceof SavedResults.Unusable ? e.getMessage() : "the saved results cannot be read";
                LOG.debug("Saved results of {} not used", file.getFileName(), e);
                return new Loaded(p, extras, panel, null, null, why);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** What the saved results were computed from: the settings (without the project's name), the data and the attributes. */
    private static String fingerprint(Path work) throws IOException {
        return SavedResults.fingerprint(SavedResults.settingsText(work.resolve(PROJECT)), work.resolve(DATA), work.resolve(ATTRIBUTES));
    }

    private static void unzip(Path file, Path into) throws IOException {
        boolean any = false;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String entry = e.getName().replace('\\', '/');
                if (entry.startsWith(RESULTS + "/") && !e.isDirectory()) {
                    Path target = into.resolve(entry).normalize();
                    if (target.startsWith(into.resolve(RESULTS))) {   // never outside the folder
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    continue;
                }
                String name = Path.of(e.getName()).getFileName().toString();
                if (List.of(PROJECT, WORKBENCH, DATA, ATTRIBUTES).contains(name)) {
                    Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    any = true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw damaged(file, "it is not a Salescast project (not a zip archive)");
        }
        if (!any) {
            throw damaged(file, "it is not a Salescast project");
        }
    }

    private static StaticAttributes attributes(Path file, ProgressListener progress, CancellationToken cancel) {
        RawTable t = Importer.read(file, ReadOptions.defaults().withType(Columns.UNIQUE_ID, ColumnType.TEXT), progress, cancel).table();
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
