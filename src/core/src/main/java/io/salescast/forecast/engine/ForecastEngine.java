package io.salescast.forecast.engine;

import io.salescast.core.SalescastException;
import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.ConformalCalibrator;
import io.salescast.evaluation.CrossValidation;
import io.salescast.evaluation.Leaderboard;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.NaiveForecaster;
import io.salescast.forecast.baseline.SeasonalNaiveForecaster;
import io.salescast.forecast.ensemble.BlendWeights;
import io.salescast.forecast.ensemble.Blender;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs several models over many series: backtests them on rolling origins, blends them
 * (weighted mean and stacked blend learned from backtest errors, cross-fitted), ranks them,
 * fits them on the whole history, forecasts, adds conformal intervals calibrated on the backtest,
 * and copies the best model or blend to the column {@code auto}. Series too short for a global
 * model are forecast by the fallback model under that model's name. Same settings, same data,
 * same seed: same numbers.
 */
public final class ForecastEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastEngine.class);

    /**
     * Baselines every backtest compares with: when the chosen models lack one of these aliases,
     * the engine adds it (they cost milliseconds), so that the leaderboard always shows the
     * baselines and each model's skill against seasonal naive is defined.
     */
    public static final List<String> REFERENCE_BASELINES = List.of(NaiveForecaster.ALIAS, SeasonalNaiveForecaster.ALIAS);

    private final EngineSettings settings;
    private final ModelCatalog catalog;

    /**
     * @param settings what to run
     * @param catalog  how model specs become forecasters
     */
    public ForecastEngine(EngineSettings settings, ModelCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** The settings. */
    public EngineSettings settings() {
        return settings;
    }

    /**
     * Backtests, blends, picks, fits and forecasts.
     *
     * @param panel            the history
     * @param futureCovariates known-future covariates for the forecast periods, or null
     * @param ctx              seed, threads, progress, cancellation
     * @throws SalescastException for invalid settings or data too short for the backtest
     * @throws io.salescast.core.CancelledException when cancelled
     */
    public EngineResult run(SalesPanel panel, SalesPanel futureCovariates, TrainContext ctx) {
        long t0 = System.nanoTime();
        List<EngineModel> models = models(panel, settings.windows() > 0);
        Evaluation ev = settings.windows() > 0 ? evaluate(panel, models, ctx) : Evaluation.none();
        long tf = System.nanoTime();
        Map<String, FittedForecaster> fitted = new LinkedHashMap<>();
        Map<String, List<String>> fallbacks = new LinkedHashMap<>();
        ForecastFrame frame = new ForecastFrame(panel.frequency(), List.of());
        int[] levels = settings.levelArray();
        for (int i = 0; i < models.size(); i++) {
            ctx.cancel().throwIfCancelled();
            EngineModel m = models.get(i);
            ctx.progress().progress("final fit", i / (double) models.size(), m.alias());
            FittedWithFallback f = m.fit(panel, ctx);
            fitted.put(m.alias(), f);
            if (!f.fallbackSeries().isEmpty()) {
                fallbacks.put(m.alias(), f.fallbackSeries());
            }
            frame = frame.merge(f.predict(settings.horizon(), futureCovariates, levels));
        }
        ctx.progress().progress("final fit", 1, "");
        if (!ev.weights().isEmpty()) {
            frame = BlendColumns.addToForecast(frame, new ArrayList<>(ev.weights().values()));
        }
        if (ev.calibrator() != null) {
            frame = ev.calibrator().apply(frame, panel, nonNegative(panel));
        }
        if (ev.auto() != null) {
            frame = withAuto(frame, ev.auto());
        }
        List<String> order = new ArrayList<>(models.stream().map(EngineModel::alias).toList());
        order.addAll(ev.weights().keySet());
        order.add(EngineSettings.AUTO);
        frame = ordered(frame, order, levels);
        Map<String, Long> timings = new LinkedHashMap<>(ev.timings());
        timings.put("final fit", (System.nanoTime() - tf) / 1_000_000);
        timings.put("total", (System.nanoTime() - t0) / 1_000_000);
        LOG.info("engine run: {} series, {} models, auto = {}, timings {}", panel.size(), models.size(), ev.auto(), timings);
        return new EngineResult(frame, ev.backtest(), ev.board(), ev.auto(), ev.reason(), ev.weights(), ev.coverage(), fitted,
                fallbacks, timings, references(models));
    }

    /**
     * Backtests, blends and ranks the models without the final fit: the result has the backtest,
     * leaderboard, recommendation, blend weights and coverage, and no forecasts or fitted models.
     *
     * @throws SalescastException when the settings have no backtest windows or the data is too short
     */
    public EngineResult evaluate(SalesPanel panel, TrainContext ctx) {
        if (settings.windows() < 1) {
            throw new SalescastException("A backtest needs at least one window.", "Set the number of windows to 1 or more.",
                    null, null);
        }
        long t0 = System.nanoTime();
        List<EngineModel> models = models(panel, true);
        Evaluation ev = evaluate(panel, models, ctx);
        Map<String, Long> timings = new LinkedHashMap<>(ev.timings());
        timings.put("total", (System.nanoTime() - t0) / 1_000_000);
        return new EngineResult(new ForecastFrame(panel.frequency(), List.of()), ev.backtest(), ev.board(), ev.auto(),
                ev.reason(), ev.weights(), ev.coverage(), Map.of(), Map.of(), timings, references(models));
    }

    /** What the backtest part of a run produced. */
    private record Evaluation(Backtest backtest, Leaderboard board, String auto, String reason, Map<String, BlendWeights> weights,
                              List<ConformalCalibrator.Coverage> coverage, ConformalCalibrator calibrator,
                              Map<String, Long> timings) {
        static Evaluation none() {
            return new Evaluation(null, null, null, "no backtest was run, so no model is recommended", Map.of(), List.of(),
                    null, Map.of());
        }
    }

    private Evaluation evaluate(SalesPanel panel, List<EngineModel> models, TrainContext ctx) {
        long tb = System.nanoTime();
        List<BlendColumns.Blend> blends = blends();
        int[] levels = settings.levelArray();
        boolean nonNegative = nonNegative(panel);
        List<String> candidates = models.stream().map(EngineModel::alias).toList();
        CrossValidation cv = new CrossValidation(settings.horizon(), settings.windows(), settings.step());
        Backtest raw = cv.runModels(panel, new ArrayList<>(models), new int[0], ctx);
        Backtest withBlends = blends.isEmpty() ? raw : BlendColumns.addToBacktest(raw, blends, candidates);
        Map<String, BlendWeights> weights = new LinkedHashMap<>();
        Set<Integer> all = new LinkedHashSet<>();
        for (int i = 0; i < raw.windows().size(); i++) {
            all.add(i);
        }
        for (BlendColumns.Blend b : blends) {
            weights.put(b.alias(), Blender.learn(raw, all, candidates, b.method(), b.alias()));
        }
        ConformalCalibrator calibrator = null;
        List<ConformalCalibrator.Coverage> coverage = List.of();
        Backtest backtest = withBlends;
        if (levels.length > 0) {
            calibrator = ConformalCalibrator.fit(withBlends, levels, ConformalCalibrator.Scaling.SERIES);
            coverage = calibrator.coverage(withBlends, nonNegative);
            backtest = ConformalCalibrator.crossFitted(withBlends, levels, ConformalCalibrator.Scaling.SERIES, nonNegative);
        }
        Leaderboard board = Leaderboard.of(backtest, settings.selectBy());
        String auto = board.best().orElse(null);
        String reason = "no model has a backtest score, so none is recommended";
        if (auto != null) {
            Leaderboard.Row row = board.row(auto).orElseThrow();
            reason = String.format(Locale.ROOT, "%s has the lowest backtest %s (%.4f) over %d window%s of %d periods",
                    auto, settings.selectBy(), settings.selectBy().of(row.overall()), settings.windows(),
                    settings.windows() == 1 ? "" : "s", settings.horizon());
            if (weights.containsKey(auto)) {
                reason += "; blend of " + weights.get(auto).describe();
            }
        }
        return new Evaluation(backtest, board, auto, reason, weights, coverage, calibrator,
                Map.of("backtest", (System.nanoTime() - tb) / 1_000_000));
    }

    /** Backtest only (no blends, intervals or final fit): the models' forecasts in each window. */
    public Backtest crossValidate(SalesPanel panel, TrainContext ctx) {
        CrossValidation cv = new CrossValidation(settings.horizon(), Math.max(1, settings.windows()), settings.step());
        return cv.runModels(panel, new ArrayList<>(models(panel, true)), new int[0], ctx);
    }

    private static List<String> references(List<EngineModel> models) {
        return models.stream().filter(EngineModel::reference).map(EngineModel::alias).toList();
    }

    /** The chosen models (blends aside), plus the missing reference baselines when a backtest runs. */
    private List<EngineModel> models(SalesPanel panel, boolean withReferences) {
        Forecaster fallback = catalog.create(settings.fallback(), panel.frequency(), settings.horizon());
        int minHistory = settings.minHistory(panel.frequency());
        List<EngineModel> out = new ArrayList<>();
        Set<String> aliases = new HashSet<>();
        for (ModelSpec spec : settings.models()) {
            if (ModelCatalog.isBlend(spec.type())) {
                checkAlias(aliases, spec.alias());
                continue;
            }
            Forecaster f = catalog.create(spec, panel.frequency(), settings.horizon());
            checkAlias(aliases, f.alias());
            out.add(new EngineModel(f, fallback, minHistory, settings.features(), EngineModel.isBaselineModel(f)));
        }
        if (out.isEmpty()) {
            throw new SalescastException("Only blends were chosen; a blend needs models to blend.",
                    "Add at least one model, e.g. xgboost or ets.", null, null);
        }
        if (withReferences) {
            for (String ref : REFERENCE_BASELINES) {
                if (aliases.add(ref)) {
                    Forecaster f = catalog.create(ModelSpec.of(ref), panel.frequency(), settings.horizon());
                    out.add(new EngineModel(f, fallback, minHistory, settings.features(), true, true));
                    LOG.info("added the reference baseline {} (the leaderboard always compares with it)", ref);
                }
            }
        }
        return out;
    }

    private List<BlendColumns.Blend> blends() {
        List<BlendColumns.Blend> out = new ArrayList<>();
        for (ModelSpec spec : settings.models()) {
            if (ModelCatalog.isBlend(spec.type())) {
                out.add(new BlendColumns.Blend(spec.alias(), ModelCatalog.blendMethod(spec.type())));
            }
        }
        return out;
    }

    private static void checkAlias(Set<String> aliases, String alias) {
        if (EngineSettings.AUTO.equals(alias) || !aliases.add(alias)) {
            throw new SalescastException("Two models are named '" + alias + "'" + (EngineSettings.AUTO.equals(alias)
                    ? " (auto is the recommendation's column)" : "") + ".", "Give each model its own alias (alias=type).",
                    null, null);
        }
    }

    private static ForecastFrame withAuto(ForecastFrame frame, String auto) {
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            Map<String, double[]> cols = new LinkedHashMap<>(s.columns());
            s.columns().forEach((name, v) -> {
                if (name.equals(auto)) {
                    cols.put(EngineSettings.AUTO, v.clone());
                } else if (name.startsWith(auto + "-lo-") || name.startsWith(auto + "-hi-")) {
                    cols.put(EngineSettings.AUTO + name.substring(auto.length()), v.clone());
                }
            });
            out.add(new ForecastFrame.SeriesForecast(s.id(), s.start(), cols));
        }
        return new ForecastFrame(frame.frequency(), out);
    }

    /** Columns in model order, each point column followed by its intervals (lo, hi per ascending level). */
    private static ForecastFrame ordered(ForecastFrame frame, List<String> aliases, int[] levels) {
        int[] sorted = levels.clone();
        java.util.Arrays.sort(sorted);
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            Map<String, double[]> cols = new LinkedHashMap<>();
            for (String a : aliases) {
                put(cols, s, a);
                for (int l : sorted) {
                    put(cols, s, ForecastFrame.lo(a, l));
                    put(cols, s, ForecastFrame.hi(a, l));
                }
            }
            s.columns().forEach(cols::putIfAbsent);
            out.add(new ForecastFrame.SeriesForecast(s.id(), s.start(), cols));
        }
        return new ForecastFrame(frame.frequency(), out);
    }

    private static void put(Map<String, double[]> cols, ForecastFrame.SeriesForecast s, String name) {
        double[] v = s.column(name);
        if (v != null) {
            cols.put(name, v);
        }
    }

    private static boolean nonNegative(SalesPanel panel) {
        for (SalesSeries s : panel.series()) {
            for (double v : s.y()) {
                if (v < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
