package io.salescast.forecast.global;

import io.salescast.features.FeatureInfo;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.features.ForecastCursor;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.SalesPanel;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained global model. Besides forecasting it gives the explanations what they need: the
 * Tribuo models ({@link #blocks()}), the feature names and labels ({@link #features()}), the
 * training feature matrix ({@link #trainingTable()}) and, for each forecast point, the feature row
 * it was predicted from ({@link #predictDetailed}).
 */
public final class FittedGlobalForecaster implements FittedForecaster {

    private final String alias;
    private final GlobalModelSettings settings;
    private final SalesPanel history;
    private final FeatureSpec featureSpec;
    private final List<ModelBlock> blocks;
    private final boolean nonNegative;

    /**
     * @param alias       output column name
     * @param settings    settings it was trained with
     * @param history     the training history (forecasts start after each series' end)
     * @param featureSpec the feature spec
     * @param blocks      the trained models
     * @param nonNegative whether forecasts are clamped at zero
     */
    public FittedGlobalForecaster(String alias, GlobalModelSettings settings, SalesPanel history, FeatureSpec featureSpec,
                                  List<ModelBlock> blocks, boolean nonNegative) {
        this.alias = alias;
        this.settings = settings;
        this.history = history;
        this.featureSpec = featureSpec;
        this.blocks = List.copyOf(blocks);
        this.nonNegative = nonNegative;
    }

    @Override
    public String alias() {
        return alias;
    }

    /** Settings it was trained with. */
    public GlobalModelSettings settings() {
        return settings;
    }

    /** The trained models and the steps they serve. */
    public List<ModelBlock> blocks() {
        return blocks;
    }

    /** The model of the first block (the only one for the recursive strategy). */
    public Model<Regressor> model() {
        return blocks.get(0).model();
    }

    /** Features of the first block in column order. */
    public List<FeatureInfo> features() {
        return blocks.get(0).features();
    }

    /** The training history. */
    public SalesPanel history() {
        return history;
    }

    /** The feature spec it was trained with. */
    public FeatureSpec featureSpec() {
        return featureSpec;
    }

    /** Whether forecasts are clamped at zero. */
    public boolean nonNegative() {
        return nonNegative;
    }

    /** The training feature matrix of the first block, rebuilt from the history (same rows as in training). */
    public FeatureTable trainingTable() {
        return blocks.get(0).builder().trainingTable(history, settings.effectiveTrainWindow(history.size()));
    }

    @Override
    public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
        return predictDetailed(horizon, futureCovariates).frame();
    }

    /**
     * Forecasts and returns, for each model block, the feature rows and raw predictions.
     *
     * @throws IllegalArgumentException when a direct model is asked for more steps than it was trained for
     */
    public GlobalPrediction predictDetailed(int horizon, SalesPanel futureCovariates) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
        int n = history.size();
        double[][] out = new double[n][horizon];
        List<PredictionBlock> used = new ArrayList<>();
        int covered = 0;
        for (ModelBlock block : blocks) {
            if (block.fromStep() > horizon) {
                break;
            }
            int to = Math.min(horizon, block.toStep());
            ForecastCursor cursor = block.builder().cursor(history, futureCovariates, horizon);
            List<FeatureTable> tables = new ArrayList<>();
            List<double[]> raws = new ArrayList<>();
            boolean recursive = block.toStep() == Integer.MAX_VALUE;
            if (recursive) {
                for (int step = block.fromStep(); step <= to; step++) {
                    FeatureTable rows = cursor.rows(step);
                    double[] raw = predictRaw(block.model(), rows);
                    for (int i = 0; i < n; i++) {
                        double v = clamp(raw[i]);
                        cursor.set(i, step, v);
                        out[i][step - 1] = block.builder().inverse(history.series().get(i).id(), v);
                    }
                    tables.add(rows);
                    raws.add(raw);
                }
            } else {
                FeatureTable rows = cursor.rows(block.fromStep(), to);
                double[] raw = predictRaw(block.model(), rows);
                for (int r = 0; r < rows.rowCount(); r++) {
                    int i = rows.seriesIndex(r);
                    int step = rows.period(r) - history.series().get(i).length() + 1;
                    out[i][step - 1] = block.builder().inverse(rows.seriesId(r), clamp(raw[r]));
                }
                tables.add(rows);
                raws.add(raw);
            }
            used.add(new PredictionBlock(block, FeatureTable.concat(tables), concat(raws)));
            covered = to;
        }
        if (covered < horizon) {
            throw new IllegalArgumentException(alias + " was trained for " + covered + " steps, not " + horizon);
        }
        List<ForecastFrame.SeriesForecast> series = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var s = history.series().get(i);
            Map<String, double[]> cols = new LinkedHashMap<>();
            double[] v = out[i];
            if (nonNegative) {
                for (int k = 0; k < v.length; k++) {
                    v[k] = Math.max(0, v[k]);
                }
            }
            cols.put(alias, v);
            series.add(new ForecastFrame.SeriesForecast(s.id(), s.date(history.frequency(), s.length()), cols));
        }
        return new GlobalPrediction(new ForecastFrame(history.frequency(), series), used);
    }

    private double clamp(double v) {
        return nonNegative && v < 0 ? 0 : v;
    }

    private static double[] predictRaw(Model<Regressor> model, FeatureTable rows) {
        List<Prediction<Regressor>> preds = model.predict(TribuoData.examples(rows));
        double[] out = new double[preds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = preds.get(i).getOutput().getValues()[0];
        }
        return out;
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(a -> a.length).sum();
        double[] out = new double[n];
        int off = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
