package io.salescast.neural;

import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A global neural forecaster (LSTM, GRU or LSTM + self-attention) trained across all series of a
 * panel with Deeplearning4j.
 *
 * <p>Design: each training example is a window of {@code window} past periods followed by
 * {@code horizon} future periods. The network reads, per step, the scaled past sales (zero in the
 * future), observed/future flags, the window's sales level, the product's age, the known-future
 * covariates (price relative to the product's mean price, promotions...), calendar and festival
 * inputs and one-hot static attributes; it emits one value per step, and the loss is taken on the
 * future steps only. So it is a direct multi-step model (no forecasts fed back, no error
 * accumulation) whose every forecast step sees that step's own promotion and price. Sales are
 * divided by 1 + the window's mean sales (per-series scaling) and log1p-transformed (or fitted
 * with a Poisson loss), which suits small counts with many zeros.
 *
 * <p>The last {@code validationPeriods} periods of each series are held out for early stopping;
 * the weights of the best validation epoch are kept. With {@link #fineTuning} training starts from
 * a pretrained network and its input encoding instead of random weights.
 */
public final class NeuralForecaster implements Forecaster {

    private final NeuralSpec spec;
    private final TrainedNetwork pretrained;
    private final TrainingListener listener;

    private NeuralForecaster(NeuralSpec spec, TrainedNetwork pretrained, TrainingListener listener) {
        this.spec = Objects.requireNonNull(spec);
        this.pretrained = pretrained;
        this.listener = listener == null ? TrainingListener.NONE : listener;
    }

    /** A forecaster trained from scratch. */
    public static NeuralForecaster of(NeuralSpec spec) {
        return new NeuralForecaster(spec, null, null);
    }

    /**
     * A forecaster that fine-tunes {@code pretrained} with other training settings (typically fewer
     * epochs and a lower learning rate), e.g. on one category or on recently launched products.
     */
    public static NeuralForecaster fineTuning(TrainedNetwork pretrained, String alias, TrainingSettings training) {
        NeuralSpec s = pretrained.spec().withAlias(alias).withTraining(training);
        return new NeuralForecaster(s, pretrained, null);
    }

    /** The same forecaster reporting each epoch to {@code l}. */
    public NeuralForecaster withListener(TrainingListener l) {
        return new NeuralForecaster(spec, pretrained, l);
    }

    /** The spec. */
    public NeuralSpec spec() {
        return spec;
    }

    @Override
    public String alias() {
        return spec.alias();
    }

    @Override
    public NeuralFittedForecaster fit(SalesPanel panel, FeatureSpec features, TrainContext ctx) {
        return train(panel, features, ctx).bind(panel);
    }

    /** Trains and returns the network (not bound to a history). */
    public TrainedNetwork train(SalesPanel panel, FeatureSpec features, TrainContext ctx) {
        long t0 = System.currentTimeMillis();
        int threads = spec.training().threads() > 0 ? spec.training().threads() : ctx.threads();
        NeuralRuntime.applyThreads(threads);
        Device device = NeuralRuntime.resolve(ctx.device());
        Nd4j.getRandom().setSeed(ctx.seed());
        InputEncoding enc = pretrained != null ? pretrained.encoding() : InputEncoding.of(panel, features);
        if (pretrained != null) {
            pretrained.bind(panel);
        }
        List<EncodedSeries> series = new ArrayList<>();
        for (SalesSeries s : panel.series()) {
            if (s.length() > 0) {
                series.add(EncodedSeries.of(enc, panel, s));
            }
        }
        WindowSampler sampler = sampler(series);
        MultiLayerNetwork net = NetworkFactory.create(spec, enc.width(), ctx.seed());
        if (pretrained != null) {
            net.setParams(pretrained.network().params().dup());
        }
        int batch = MemoryGuard.plan(spec.training().batchSize(),
                b -> MemoryGuard.estimate(spec, enc.width(), net.numParams(), b), MemoryGuard.freeBytes());
        if (batch < spec.training().batchSize()) {
            ctx.progress().progress("train " + alias(), -1, "batch reduced to " + batch + " windows to fit in memory");
        }
        WindowBatcher batcher = new WindowBatcher(enc, spec.window(), spec.loss());
        TrainingCurve curve = new NeuralTrainer(spec, batcher, listener).train(net, sampler, batch, ctx);
        TrainingInfo info = new TrainingInfo(NeuralRuntime.describe(), device, threads, ctx.seed(), batch, net.numParams(),
                System.currentTimeMillis() - t0, pretrained == null ? null : pretrained.spec().alias());
        return new TrainedNetwork(spec, enc, net, curve, info);
    }

    private WindowSampler sampler(List<EncodedSeries> series) {
        int v = spec.training().validationPeriods() > 0 ? spec.training().validationPeriods() : spec.horizon();
        WindowSampler s = new WindowSampler(series, v, spec.training().windowsPerSeries());
        if (s.hasTrainingWindows()) {
            return s;
        }
        WindowSampler noValidation = new WindowSampler(series, 0, spec.training().windowsPerSeries());
        if (noValidation.hasTrainingWindows()) {
            return noValidation;
        }
        throw new SalescastException("The series are too short to train the " + alias() + " network: each needs at least two periods.",
                "Use a longer history or a baseline model for these products.", null, null);
    }
}
