package io.salescast.forecast.engine;

import io.salescast.evaluation.Backtest;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ensemble.BlendMethod;
import io.salescast.forecast.ensemble.BlendWeights;
import io.salescast.forecast.ensemble.Blender;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds blend columns to a backtest (cross-fitted) and to forecasts. */
final class BlendColumns {

    /** A blend to compute: alias and method. */
    record Blend(String alias, BlendMethod method) {
    }

    private BlendColumns() {
    }

    /**
     * The backtest with a column per blend: each window's blend uses weights learned on the other
     * windows (all windows when there is only one), so the blend is scored out of sample.
     */
    static Backtest addToBacktest(Backtest bt, List<Blend> blends, List<String> candidates) {
        int n = bt.windows().size();
        List<Backtest.Window> windows = new ArrayList<>();
        for (int wi = 0; wi < n; wi++) {
            Set<Integer> train = new LinkedHashSet<>();
            for (int o = 0; o < n; o++) {
                if (o != wi || n == 1) {
                    train.add(o);
                }
            }
            List<BlendWeights> weights = new ArrayList<>();
            for (Blend b : blends) {
                weights.add(Blender.learn(bt, train, candidates, b.method(), b.alias()));
            }
            Backtest.Window w = bt.windows().get(wi);
            List<Backtest.Slice> slices = new ArrayList<>();
            for (Backtest.Slice s : w.slices()) {
                Map<String, double[]> cols = new LinkedHashMap<>(s.columns());
                for (BlendWeights bw : weights) {
                    cols.put(bw.alias(), blend(bw, s.columns(), s.actual().length));
                }
                slices.add(new Backtest.Slice(s.id(), s.cutoff(), s.start(), s.actual(), s.scale(), cols));
            }
            windows.add(new Backtest.Window(w.cutoff(), slices));
        }
        List<String> models = new ArrayList<>(bt.models());
        blends.forEach(b -> models.add(b.alias()));
        return new Backtest(bt.frequency(), bt.horizon(), models, bt.baselines(), windows, bt.failures());
    }

    /** Forecast columns of the blends. */
    static ForecastFrame addToForecast(ForecastFrame frame, List<BlendWeights> weights) {
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
        for (ForecastFrame.SeriesForecast s : frame.series()) {
            Map<String, double[]> cols = new LinkedHashMap<>(s.columns());
            for (BlendWeights bw : weights) {
                cols.put(bw.alias(), blend(bw, s.columns(), s.horizon()));
            }
            out.add(new ForecastFrame.SeriesForecast(s.id(), s.start(), cols));
        }
        return new ForecastFrame(frame.frequency(), out);
    }

    private static double[] blend(BlendWeights bw, Map<String, double[]> columns, int length) {
        double[] v = new double[length];
        for (int k = 0; k < length; k++) {
            v[k] = bw.weights().isEmpty() ? Double.NaN : bw.blend(columns, k);
        }
        return v;
    }
}
