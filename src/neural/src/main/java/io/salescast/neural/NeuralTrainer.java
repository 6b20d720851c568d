package io.salescast.neural;

import io.salescast.core.CancelledException;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The training loop: per epoch, fresh random windows in minibatches (cancellation polled before
 * each one, so Cancel takes effect within one minibatch), then the validation loss on the held-out
 * last periods; keeps the weights of the best validation epoch and stops after
 * {@code patience} epochs without improvement. Reports every epoch to a {@link TrainingListener}
 * and to the context's progress listener.
 */
final class NeuralTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralTrainer.class);

    private final NeuralSpec spec;
    private final WindowBatcher batcher;
    private final TrainingListener listener;

    NeuralTrainer(NeuralSpec spec, WindowBatcher batcher, TrainingListener listener) {
        this.spec = spec;
        this.batcher = batcher;
        this.listener = listener;
    }

    /** Trains {@code net} in place on the sampler's windows; returns the loss curve. */
    TrainingCurve train(MultiLayerNetwork net, WindowSampler sampler, int batchSize, TrainContext ctx) {
        TrainingSettings tr = spec.training();
        Random rnd = new Random(ctx.seed());
        List<WindowBatcher.Window> validation = sampler.validation();
        List<TrainingCurve.Epoch> epochs = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        INDArray bestParams = null;
        int bestEpoch = 0;
        int sinceBest = 0;
        String reason = "max epochs";
        String stage = "train " + spec.alias();
        for (int epoch = 1; epoch <= tr.maxEpochs(); epoch++) {
            long t0 = System.nanoTime();
            double lr = tr.learningRate() * Math.pow(tr.learningRateDecay(), epoch - 1);
            double trainLoss = runEpoch(net, sampler.epoch(rnd), batchSize, ctx, epoch);
            double valLoss = validation.isEmpty() ? Double.NaN : score(net, validation, batchSize, ctx);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            TrainingCurve.Epoch e = new TrainingCurve.Epoch(epoch, trainLoss, valLoss, lr, millis);
            epochs.add(e);
            double criterion = validation.isEmpty() ? trainLoss : valLoss;
            if (criterion < best - 1e-7) {
                best = criterion;
                bestParams = net.params().dup();
                bestEpoch = epoch;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            LOG.info("{} epoch {}: train loss {} validation loss {} ({} ms)", spec.alias(), epoch, fmt(trainLoss), fmt(valLoss), millis);
            listener.epochFinished(spec.alias(), e, new TrainingCurve(epochs, bestEpoch, "training"));
            ctx.progress().progress(stage, (double) epoch / tr.maxEpochs(),
                    "epoch " + epoch + "/" + tr.maxEpochs() + ", loss " + fmt(trainLoss) + ", validation " + fmt(valLoss));
            net.incrementEpochCount();
            if (sinceBest >= tr.patience()) {
                reason = "early stop after " + tr.patience() + " epochs without improvement";
                break;
            }
            if (!Double.isFinite(trainLoss)) {
                reason = "stopped: the loss diverged";
                break;
            }
        }
        if (bestParams != null) {
            net.setParams(bestParams);
        }
        ctx.progress().progress(stage, 1, reason);
        return new TrainingCurve(epochs, bestEpoch, reason);
    }

    private double runEpoch(MultiLayerNetwork net, List<WindowBatcher.Window> windows, int batchSize, TrainContext ctx, int epoch) {
        double sum = 0;
        long n = 0;
        int batches = (windows.size() + batchSize - 1) / batchSize;
        for (int b = 0; b < batches; b++) {
            if (ctx.cancel().isCancelled()) {
                throw new CancelledException();
            }
            List<WindowBatcher.Window> part = windows.subList(b * batchSize, Math.min(windows.size(), (b + 1) * batchSize));
            WindowBatcher.Batch batch = batcher.build(part, spec.horizon());
            net.fit(batch.features(), batch.labels(), null, batch.labelMask());
            sum += net.score() * part.size();
            n += part.size();
            if (b % 20 == 0) {
                ctx.progress().progress("train " + spec.alias(), ((epoch - 1) + (double) b / batches) / spec.training().maxEpochs(),
                        "epoch " + epoch + ", batch " + (b + 1) + "/" + batches);
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean loss of {@code net} on windows, without training. */
    double score(MultiLayerNetwork net, List<WindowBatcher.Window> windows, int batchSize, TrainContext ctx) {
        double sum = 0;
        long n = 0;
        for (int from = 0; from < windows.size(); from += batchSize) {
            if (ctx.cancel().isCancelled()) {
                throw new CancelledException();
            }
            List<WindowBatcher.Window> part = windows.subList(from, Math.min(windows.size(), from + batchSize));
            WindowBatcher.Batch batch = batcher.build(part, spec.horizon());
            sum += net.score(new DataSet(batch.features(), batch.labels(), null, batch.labelMask()), false) * part.size();
            n += part.size();
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
