package io.salescast.project;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.forecast.Device;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.PanelOptions;
import io.salescast.series.SalesPanel;
import io.salescast.series.SeriesImport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a project: reads and shapes its data, runs the {@link ForecastEngine} with the project's
 * settings and seed, records the {@link RunProvenance}, and saves the results beside the project
 * file. The CLI's {@code run} and the desktop app's Run button both call it.
 */
public final class ProjectRunner {

    private final ModelCatalog catalog;

    /** @param catalog model types available (core's, plus those of module neural when present) */
    public ProjectRunner(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads and shapes the project's data, and joins its separate attribute table when it has one. */
    public SeriesImport.Outcome load(Project project, Path projectFile, ProgressListener progress, CancellationToken cancel) {
        ProjectSource src = project.source();
        PanelOptions options = project.frequency() == null ? src.panel() : src.panel().withFrequency(project.frequency());
        Path data = src.resolve(projectFile);
        SeriesImport.Outcome out = SeriesImport.run(data, src.read(), src.mapping(), options, progress, cancel);
        AttributeSource attrs = src.attributes();
        if (attrs == null) {
            return out;
        }
        return out.withJoinedAttributes(attrs.join(attrs.resolve(projectFile, data), out.mapping(), out.shaped().panel().ids(),
                progress, cancel));
    }

    /** The training context of a project (seed, threads, CPU). */
    public static TrainContext context(Project project, ProgressListener progress, CancellationToken cancel) {
        int threads = project.threads() > 0 ? project.threads() : TrainContext.defaultThreads();
        return new TrainContext(project.seed(), Device.CPU, threads, progress, cancel);
    }

    /**
     * Runs the project.
     *
     * @param projectFile the project file (data paths are relative to it; results go beside it)
     * @param save        whether to write the result files
     */
    public RunResult run(Project project, Path projectFile, boolean save, ProgressListener progress, CancellationToken cancel) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        SeriesImport.Outcome data = load(project, projectFile, progress, cancel);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        SalesPanel panel = data.shaped().panel();
        TrainContext ctx = context(project, progress, cancel);
        EngineSettings settings = project.engineSettings(panel.frequency());
        EngineResult result = new ForecastEngine(settings, catalog).run(panel, null, ctx);
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("load", loadMillis);
        timings.putAll(result.timingsMillis());
        Path input = project.source().resolve(projectFile);
        AttributeSource attrs = project.source().attributes();
        Path attributesFile = attrs == null || attrs.file() == null ? null : attrs.resolve(projectFile, input);
        RunProvenance prov = provenance(project, settings, data, panel, input, attributesFile, ctx, result, started, timings);
        Path dir = null;
        if (save) {
            dir = ResultFiles.folderOf(projectFile);
            try {
                ResultFiles.write(dir, result, prov);
            } catch (IOException e) {
                throw new ProjectException("The results cannot be written to " + dir + ": " + e.getMessage(),
                        "Check that the folder is writable and has space.", projectFile.toString(), e);
            }
        }
        return new RunResult(project, panel, result, prov, dir, data.report());
    }

    static RunProvenance provenance(Project project, EngineSettings settings, SeriesImport.Outcome data, SalesPanel panel,
                                    Path input, TrainContext ctx, EngineResult result, Instant started, Map<String, Long> timings) {
        return provenance(project, settings, data, panel, input, null, ctx, result, started, timings);
    }

    /** @param attributes the separate attribute file joined, or null */
    static RunProvenance provenance(Project project, EngineSettings settings, SeriesImport.Outcome data, SalesPanel panel,
                                    Path input, Path attributes, TrainContext ctx, EngineResult result, Instant started,
                                    Map<String, Long> timings) {
        Map<String, String> modelProv = new LinkedHashMap<>();
        ResultFiles.tribuoModels(result).forEach((k, m) -> modelProv.put(k, m.getProvenance().toString()));
        for (String alias : result.fitted().keySet()) {
            result.model(alias).map(FittedForecaster::provenance).ifPresent(p -> modelProv.put(alias, p));
        }
        String recommended = result.auto() == null ? null : result.auto() + ": " + result.autoReason();
        return new RunProvenance(Libraries.salescast(), started, Instant.now(), input.toString(), sha256(input), size(input),
                data.mapping(), panel.frequency(), panel.size(), panel.rowCount(), settings.features(), settings.models(),
                settings.horizon(), settings.levels(), settings.windows(), ctx.seed(), ctx.threads(), ctx.device(),
                Libraries.versions(), modelProv, recommended, timings,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                attributes == null ? null : attributes.toString(), attributes == null ? null : sha256(attributes));
    }

    /** SHA-256 of a file's bytes as hex, or null when it cannot be read. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
