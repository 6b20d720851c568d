package io.salescast.project;

import io.salescast.evaluation.BacktestCsv;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Scores;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastCsv;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.ModelBlock;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a run, in a folder beside the project file ({@code <project>.results/}):
 * {@code forecasts.csv} (unique_id, ds, a column per model, auto, intervals),
 * {@code backtest.csv} (with cutoff), {@code leaderboard.csv}, {@code provenance.json}, and the
 * trained global models in Tribuo's own protobuf format under {@code models/}
 * ({@code <alias>.tribuo}, or {@code <alias>-<k>.tribuo} per step group of a direct model), and
 * any other model that saves itself ({@link FittedForecaster#saveTo}, e.g. neural networks).
 */
public final class ResultFiles {

    /** File names. */
    public static final String FORECASTS = "forecasts.csv";
    /** Backtest file. */
    public static final String BACKTEST = "backtest.csv";
    /** Leaderboard file. */
    public static final String LEADERBOARD = "leaderboard.csv";
    /** Provenance file. */
    public static final String PROVENANCE = "provenance.json";
    /** Models folder. */
    public static final String MODELS = "models";

    private ResultFiles() {
    }

    /** The results folder of a project file: {@code sales.json} -> {@code sales.results/}. */
    public static Path folderOf(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path parent = projectFile.toAbsolutePath().getParent();
        return parent.resolve(stem + ".results");
    }

    /** Writes every file of a run into {@code dir} (created when absent; files replaced). */
    public static void write(Path dir, EngineResult result, RunProvenance provenance) throws IOException {
        writeTables(dir, result);
        Path models = dir.resolve(MODELS);
        Files.createDirectories(models);
        for (var e : tribuoModels(result).entrySet()) {
            e.getValue().serializeToFile(models.resolve(e.getKey() + ".tribuo"));
        }
        for (String alias : result.fitted().keySet()) {
            FittedForecaster f = result.model(alias).orElse(null);
            if (f != null) {
                f.saveTo(models);   // networks of module neural: <alias>.zip + <alias>.json
            }
        }
        Json.writeAtomically(dir.resolve(PROVENANCE), Json.mapper().writeValueAsString(provenance) + System.lineSeparator());
    }

    /**
     * Writes the forecasts, the backtest and the leaderboard of a run into {@code dir} (created
     * when absent), the tables every saved result has.
     */
    static void writeTables(Path dir, EngineResult result) throws IOException {
        Files.createDirectories(dir);
        ForecastCsv.write(result.forecasts(), dir.resolve(FORECASTS));
        if (result.backtest() != null) {
            BacktestCsv.write(result.backtest(), dir.resolve(BACKTEST));
        }
        if (result.leaderboard() != null) {
            Json.writeAtomically(dir.resolve(LEADERBOARD), leaderboardCsv(result.leaderboard()));
        }
    }

    /** File stem of block {@code k} (0-based) of a global model with {@code blocks} blocks: {@code alias} or {@code alias-(k+1)}. */
    static String modelStem(String alias, int k, int blocks) {
        return blocks == 1 ? alias : alias + "-" + (k + 1);
    }

    /** Reads a saved Tribuo model. */
    @SuppressWarnings("unchecked")
    public static Model<Regressor> readModel(Path file) throws IOException {
        return (Model<Regressor>) Model.deserializeFromFile(file);
    }

    /** The trained Tribuo models of a result by file stem ({@code alias} or {@code alias-k}). */
    public static Map<String, Model<Regressor>> tribuoModels(EngineResult result) {
        Map<String, Model<Regressor>> out = new LinkedHashMap<>();
        for (String alias : result.fitted().keySet()) {
            FittedForecaster f = result.model(alias).orElse(null);
            if (f instanceof FittedGlobalForecaster g) {
                List<ModelBlock> blocks = g.blocks();
                for (int k = 0; k < blocks.size(); k++) {
                    out.put(modelStem(alias, k, blocks.size()), blocks.get(k).model());
                }
            }
        }
        return out;
    }

    /** The leaderboard as CSV: model, baseline, metrics, skills and interval coverage per level. */
    public static String leaderboardCsv(Leaderboard board) {
        List<Integer> levels = new ArrayList<>();
        for (Leaderboard.Row r : board.rows()) {
            for (Scores.IntervalScore i : r.overall().intervals()) {
                if (!levels.contains(i.level())) {
                    levels.add(i.level());
                }
            }
        }
        StringBuilder sb = new StringBuilder("model,baseline,points,wape,mase,mae,rmse,smape,bias,skill_wape,skill_mase");
        levels.forEach(l -> sb.append(",coverage_").append(l).append(",width_").append(l));
        sb.append(",failure\n");
        for (Leaderboard.Row r : board.rows()) {
            Scores s = r.overall();
            sb.append(r.model()).append(',').append(r.baseline()).append(',').append(s.points());
            for (double v : new double[] {s.wape(), s.mase(), s.mae(), s.rmse(), s.smape(), s.bias(), r.skillWape(), r.skillMase()}) {
                sb.append(',').append(ForecastCsv.format(v));
            }
            for (int l : levels) {
                Scores.IntervalScore i = s.interval(l);
                sb.append(',').append(i == null ? "" : ForecastCsv.format(i.coverage()))
                        .append(',').append(i == null ? "" : ForecastCsv.format(i.meanWidth()));
            }
            String failure = r.failure() == null ? "" : '"' + r.failure().replace("\"", "\"\"") + '"';
            sb.append(',').append(failure).append('\n');
        }
        return sb.toString();
    }
}
