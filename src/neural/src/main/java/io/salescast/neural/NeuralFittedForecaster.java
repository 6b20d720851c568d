package io.salescast.neural;

import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainingCurve;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trained network bound to a history: forecasts the periods after the end of each series in
 * one pass of the network per batch (direct multi-step output, no feeding back of forecasts).
 * Interval levels are ignored: the engine calibrates conformal intervals from backtests.
 */
public final class NeuralFittedForecaster implements FittedForecaster {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralFittedForecaster.class);
    private static final int PREDICT_BATCH = 256;

    private final TrainedNetwork trained;
    private final SalesPanel history;

    NeuralFittedForecaster(TrainedNetwork trained, SalesPanel history) {
        this.trained = trained;
        this.history = history;
    }

    @Override
    public String alias() {
        return trained.spec().alias();
    }

    /** The trained network (for saving, fine-tuning, provenance). */
    public TrainedNetwork network() {
        return trained;
    }

    @Override
    public Optional<TrainingCurve> trainingCurve() {
        return Optional.of(trained.curve());
    }

    @Override
    public ForecastFrame predict(int horizon, SalesPanel futureCovariates, int[] levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1");
        }
        NeuralSpec spec = trained.spec();
        if (horizon > spec.horizon()) {
            LOG.warn("{} was trained for {} periods ahead; periods {}..{} are extrapolated", alias(), spec.horizon(),
                    spec.horizon() + 1, horizon);
        }
        InputEncoding enc = trained.encoding();
        WindowBatcher batcher = new WindowBatcher(enc, spec.window(), spec.loss());
        List<WindowBatcher.Window> windows = new ArrayList<>();
        for (SalesSeries s : history.series()) {
            if (s.length() == 0) {
                continue;
            }
            SalesSeries fut = futureCovariates == null ? null : futureCovariates.series(s.id()).orElse(null);
            EncodedSeries es = EncodedSeries.of(enc, history, s).withFuture(enc, futureCovariates, fut, horizon);
            windows.add(new WindowBatcher.Window(es, s.length()));
        }
        List<ForecastFrame.SeriesForecast> out = new ArrayList<>(windows.size());
        for (int from = 0; from < windows.size(); from += PREDICT_BATCH) {
            List<WindowBatcher.Window> part = windows.subList(from, Math.min(windows.size(), from + PREDICT_BATCH));
            WindowBatcher.Batch batch = batcher.build(part, horizon);
            INDArray y = trained.network().output(batch.features(), false);
            for (int b = 0; b < part.size(); b++) {
                double[] values = new double[horizon];
                for (int k = 0; k < horizon; k++) {
                    values[k] = batcher.inverse(y.getDouble(b, 0, spec.window() + k), batch.scales()[b]);
                }
                SalesSeries s = part.get(b).series().series();
                out.add(new ForecastFrame.SeriesForecast(s.id(), s.date(history.frequency(), s.length()),
                        Map.of(alias(), values)));
            }
        }
        return new ForecastFrame(history.frequency(), out);
    }
}
