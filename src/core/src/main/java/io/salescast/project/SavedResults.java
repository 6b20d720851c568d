package io.salescast.project;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.BacktestCsv;
import io.salescast.evaluation.ConformalCalibrator;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureBuilder;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastCsv;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainingCurve;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.FittedWithFallback;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.forecast.ensemble.BlendWeights;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.forecast.global.ModelBlock;
import io.salescast.series.Columns;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's results saved so that they can be shown again without training: the files of
 * {@link ResultFiles} (forecasts.csv, backtest.csv, leaderboard.csv, models/*.tribuo) plus
 * {@code result.json} ({@link Meta}, with a format version) holding what else an
 * {@link EngineResult} needs: recommendation and reason, blend weights, coverage, references,
 * fallback series, timings, backtest failures, the leaderboard's sort and reference, and per
 * global model its step blocks. The fitted global Tribuo models are rebuilt from their saved
 * files (with feature builders made again from the same history and feature spec); other fitted
 * models (baselines, networks) come back as {@link Restored} stand-ins that keep their training
 * curve and provenance line but cannot forecast again.
 */
public final class SavedResults {

    /** Version of {@code result.json}. */
    public static final int FORMAT_VERSION = 1;
    /** The file of {@link Meta}. */
    public static final String META = "result.json";

    /**
     * One block of a global model as saved.
     *
     * @param file     file name under {@code models/}
     * @param fromStep first step served
     * @param toStep   last step served ({@code Integer.MAX_VALUE} for recursive)
     */
    public record Block(String file, int fromStep, int toStep) {
    }

    /**
     * One fitted model as saved.
     *
     * @param alias       alias
     * @param blocks      Tribuo model blocks of a global model, empty for other models
     * @param nonNegative whether the global model clamps at zero
     * @param curve       training curve, or null
     * @param provenance  provenance line, or null
     */
    public record Fitted(String alias, List<Block> blocks, boolean nonNegative, TrainingCurve curve, String provenance) {
    }

    /**
     * Everything of an {@link EngineResult} that the CSV files do not hold.
     *
     * @param formatVersion   {@link #FORMAT_VERSION}
     * @param fingerprint     what the results were computed from (see {@link #fingerprint}); compared on reading
     * @param auto            recommended alias, or null
     * @param autoReason      why
     * @param blends          blend weights
     * @param coverage        interval coverage
     * @param fitted          the fitted models in order
     * @param fallbackSeries  fallback series per alias
     * @param timingsMillis   timings
     * @param references      reference baselines
     * @param backtestModels  backtest models in order (null without backtest)
     * @param baselines       baseline aliases of the backtest
     * @param failures        backtest failures per alias
     * @param horizon         backtest horizon
     * @param sortedBy        the leaderboard's metric (null without leaderboard)
     * @param reference       the leaderboard's skill reference
     */
    public record Meta(int formatVersion, String fingerprint, String auto, String autoReason, List<BlendWeights> blends,
                       List<ConformalCalibrator.Coverage> coverage, List<Fitted> fitted, Map<String, List<String>> fallbackSeries,
                       Map<String, Long> timingsMillis, List<String> references, List<String> backtestModels, Set<String> baselines,
                       Map<String, String> failures, int horizon, Metric sortedBy, String reference) {
    }

    /**
     * A fitted model that was not restored (a baseline or a network): it keeps alias, training
     * curve and provenance, and cannot forecast.
     *
     * @param alias      alias
     * @param curve      training curve, or null
     * @param line       provenance line, or null
     */
    public record Restored(String alias, TrainingCurve curve, String line) implements FittedForecaster {
        @Override
        public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
            throw new UnsupportedOperationException(alias + " was restored from saved results and cannot forecast again; train to refit it.");
        }

        @Override
        public java.util.Optional<TrainingCurve> trainingCurve() {
            return java.util.Optional.ofNullable(curve);
        }

        @Override
        public String provenance() {
            return line;
        }
    }

    /** Thrown when saved results cannot be used (missing, damaged, of another version or other data). */
    public static final class Unusable extends IOException {
        /** @param why one line for the user */
        public Unusable(String why) {
            super(why);
        }
    }

    private SavedResults() {
    }

    /**
     * SHA-256 over the given parts, each prefixed with its length (so that where one part ends
     * matters), for {@link Meta#fingerprint}. A JSON settings file can be passed through
     * {@link #settingsText} first to drop its name.
     */
    public static String fingerprint(byte[]... parts) {
        MessageDigest md = sha256();
        try {
            for (byte[] p : parts) {
                part(md, p.length, new java.io.ByteArrayInputStream(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen in memory
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The same fingerprint as {@link #fingerprint(byte[]...)} of {@code settings} followed by the
     * files' bytes (a missing file counts as empty), reading the files as streams rather than
     * into memory.
     */
    public static String fingerprint(byte[] settings, Path... files) throws IOException {
        MessageDigest md = sha256();
        part(md, settings.length, new java.io.ByteArrayInputStream(settings));
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                try (InputStream in = Files.newInputStream(f)) {
                    part(md, Files.size(f), in);
                }
            } else {
                part(md, 0, InputStream.nullInputStream());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void part(MessageDigest md, long length, InputStream bytes) throws IOException {
        md.update(Long.toString(length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) 0);
        byte[] buf = new byte[1 << 16];
        for (int n; (n = bytes.read(buf)) > 0;) {
            md.update(buf, 0, n);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project JSON file's text without its name (renaming a project does not change its results). */
    public static byte[] settingsText(Path projectJson) throws IOException {
        var tree = Json.mapper().readTree(projectJson.toFile());
        if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("name");
        }
        return Json.mapper().writeValueAsBytes(tree);
    }

    /** Writes the result into {@code dir} (created when absent). */
    public static void write(Path dir, EngineResult result, String fingerprint) throws IOException {
        ResultFiles.writeTables(dir, result);
        Path models = dir.resolve(ResultFiles.MODELS);
        Files.createDirectories(models);
        List<Fitted> fitted = new ArrayList<>();
        for (String alias : result.fitted().keySet()) {
            FittedForecaster f = result.model(alias).orElse(null);
            List<Block> blocks = new ArrayList<>();
            boolean nonNegative = false;
            if (f instanceof FittedGlobalForecaster g) {
                nonNegative = g.nonNegative();
                for (int k = 0; k < g.blocks().size(); k++) {
                    ModelBlock b = g.blocks().get(k);
                    String file = ResultFiles.modelStem(alias, k, g.blocks().size()) + ".tribuo";
                    b.model().serializeToFile(models.resolve(file));
                    blocks.add(new Block(file, b.fromStep(), b.toStep()));
                }
            }
            fitted.add(new Fitted(alias, blocks, nonNegative, f == null ? null : f.trainingCurve().orElse(null),
                    f == null ? null : f.provenance()));
        }
        Backtest bt = result.backtest();
        Leaderboard lb = result.leaderboard();
        Meta meta = new Meta(FORMAT_VERSION, fingerprint, result.auto(), result.autoReason(), new ArrayList<>(result.blends().values()),
                result.coverage(), fitted, result.fallbackSeries(), result.timingsMillis(), result.references(),
                bt == null ? null : bt.models(), bt == null ? Set.of() : bt.baselines(), bt == null ? Map.of() : bt.failures(),
                bt == null ? 0 : bt.horizon(), lb == null ? null : lb.sortedBy(), lb == null ? null : lb.reference());
        Json.writeAtomically(dir.resolve(META), Json.mapper().writeValueAsString(meta) + System.lineSeparator());
    }

    /**
     * Reads the results saved in {@code dir} for a project with these settings and data.
     *
     * @param fingerprint the fingerprint of the settings and data now; saved results of another one are refused
     * @throws Unusable with one line saying why the results cannot be used
     */
    public static EngineResult read(Path dir, EngineSettings settings, SalesPanel panel, String fingerprint) throws Unusable {
        Path metaFile = dir.resolve(META);
        if (!Files.isRegularFile(metaFile)) {
            throw new Unusable("the project has no saved results");
        }
        try {
            Meta meta;
            try {
                meta = Json.mapper().readValue(metaFile.toFile(), Meta.class);
            } catch (IOException e) {
                throw new Unusable("the saved results are damaged (" + META + ")");
            }
            if (meta.formatVersion() != FORMAT_VERSION) {
                throw new Unusable("the saved results are of another format (version " + meta.formatVersion() + ")");
            }
            if (fingerprint == null || !fingerprint.equals(meta.fingerprint())) {
                throw new Unusable("the data or settings changed since the results were saved");
            }
            ForecastFrame forecasts = readForecasts(dir.resolve(ResultFiles.FORECASTS), panel);
            Backtest backtest = null;
            Leaderboard board = null;
            if (meta.backtestModels() != null) {
                Path f = dir.resolve(ResultFiles.BACKTEST);
                if (!Files.isRegularFile(f)) {
                    throw new Unusable("the saved results lack " + ResultFiles.BACKTEST);
                }
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    Backtest read = BacktestCsv.read(r, ResultFiles.BACKTEST, panel.frequency(), meta.baselines(), panel);
                    backtest = new Backtest(read.frequency(), meta.horizon() > 0 ? meta.horizon() : read.horizon(),
                            meta.backtestModels(), meta.baselines(), read.windows(), meta.failures());
                }
                if (meta.sortedBy() != null) {
                    board = meta.reference() == null ? Leaderboard.of(backtest, meta.sortedBy())
                            : Leaderboard.of(backtest, meta.sortedBy(), meta.reference());
                }
            }
            Map<String, BlendWeights> blends = new LinkedHashMap<>();
            meta.blends().forEach(b -> blends.put(b.alias(), b));
            Map<String, FittedForecaster> fitted = new LinkedHashMap<>();
            for (Fitted f : meta.fitted()) {
                List<String> fb = meta.fallbackSeries().getOrDefault(f.alias(), List.of());
                FittedForecaster main = f.blocks().isEmpty() ? new Restored(f.alias(), f.curve(), f.provenance())
                        : global(dir, f, settings, panel, fb);
                fitted.put(f.alias(), new FittedWithFallback(f.alias(), main, null, fb));
            }
            return new EngineResult(forecasts, backtest, board, meta.auto(), meta.autoReason(), blends, meta.coverage(), fitted,
                    meta.fallbackSeries(), meta.timingsMillis(), meta.references());
        } catch (Unusable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new Unusable("the saved results cannot be read (" + m.lines().findFirst().orElse(m) + ")");
        }
    }

    private static FittedGlobalForecaster global(Path dir, Fitted f, EngineSettings settings, SalesPanel panel, List<String> fallback)
            throws IOException {
        ModelSpec spec = settings.models().stream().filter(m -> m.alias().equals(f.alias())).findFirst()
                .orElseThrow(() -> new Unusable("the saved model " + f.alias() + " is not in the project's settings"));
        if (!(ModelCatalog.standard().create(spec, panel.frequency(), settings.horizon()) instanceof GlobalForecaster g)) {
            throw new Unusable("the saved model " + f.alias() + " is not a global model");
        }
        Set<String> shortOnes = new HashSet<>(fallback);
        List<SalesSeries> longOnes = panel.series().stream().filter(s -> !shortOnes.contains(s.id())).toList();
        SalesPanel history = panel.withSeries(longOnes);
        List<ModelBlock> blocks = new ArrayList<>();
        for (Block b : f.blocks()) {
            Path file = dir.resolve(ResultFiles.MODELS).resolve(b.file());
            if (!Files.isRegularFile(file)) {
                throw new Unusable("the saved results lack " + ResultFiles.MODELS + "/" + b.file());
            }
            int minLag = b.toStep() == Integer.MAX_VALUE ? 1 : b.toStep();
            FeatureBuilder builder = FeatureBuilder.create(settings.features(), history, settings.horizon(), minLag);
            blocks.add(new ModelBlock(ResultFiles.readModel(file), builder, b.fromStep(), b.toStep()));
        }
        return new FittedGlobalForecaster(f.alias(), g.settings(), history, settings.features(), blocks, f.nonNegative());
    }

    /** Reads a forecasts CSV written by {@link ForecastCsv} (unique_id, ds, one column per name). */
    public static ForecastFrame readForecasts(Path file, SalesPanel panel) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Unusable("the saved results lack " + file.getFileName());
        }
        List<String> header = null;
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(r)) {
            for (CsvRecord rec : csv) {
                List<String> f = rec.getFields();
                if (header == null) {
                    header = List.copyOf(f);
                    if (f.size() < 2 || !f.get(0).equals(Columns.UNIQUE_ID) || !f.get(1).equals(Columns.DS)) {
                        throw new Unusable("the saved forecasts are not a forecast file");
                    }
                    continue;
                }
                if (f.size() != header.size()) {
                    throw new Unusable("the saved forecasts are damaged (line " + rec.getStartingLineNumber() + ")");
                }
                String id = f.get(0);
                starts.putIfAbsent(id, LocalDate.parse(f.get(1)));
                double[] v = new double[f.size() - 2];
                for (int j = 0; j < v.length; j++) {
                    String s = f.get(j + 2);
                    v[j] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                }
                rows.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
            }
        }
        if (header == null) {
            throw new Unusable("the saved forecasts are empty");
        }
        List<String> names = header.subList(2, header.size());
        List<ForecastFrame.SeriesForecast> series = new ArrayList<>();
        for (var e : rows.entrySet()) {
            List<double[]> rs = e.getValue();
            Map<String, double[]> cols = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                double[] c = new double[rs.size()];
                for (int k = 0; k < c.length; k++) {
                    c[k] = rs.get(k)[j];
                }
                cols.put(names.get(j), c);
            }
            series.add(new ForecastFrame.SeriesForecast(e.getKey(), starts.get(e.getKey()), cols));
        }
        return new ForecastFrame(panel.frequency(), series);
    }
}
