package io.salescast.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable description of a neural forecaster: what network, over which window, trained how.
 * Serialised as JSON beside a saved network so that a network trained with other settings is
 * recognised when loaded.
 *
 * @param alias          column name of its forecasts
 * @param architecture   recurrent core
 * @param horizon        periods ahead the network is trained to forecast
 * @param window         past periods the network reads before the first forecast period
 * @param hidden         units per recurrent layer
 * @param layers         stacked recurrent layers
 * @param attentionHeads heads of the self-attention layer ({@link Architecture#ATTENTION} only)
 * @param loss           loss and target transform
 * @param training       training schedule
 */
public record NeuralSpec(String alias, Architecture architecture, int horizon, int window, int hidden, int layers,
                         int attentionHeads, LossKind loss, TrainingSettings training) {

    /** Validates. */
    public NeuralSpec {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(training, "training");
        alias = alias == null || alias.isBlank() ? architecture.defaultAlias() : alias;
        if (!alias.matches("[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("alias '" + alias + "' may only hold letters, digits, '_' and '.'");
        }
        if (horizon < 1 || window < 1 || hidden < 1 || layers < 1 || attentionHeads < 1) {
            throw new IllegalArgumentException("horizon, window, hidden, layers and attentionHeads must be at least 1");
        }
        if (architecture == Architecture.ATTENTION && hidden % attentionHeads != 0) {
            throw new IllegalArgumentException("hidden (" + hidden + ") must be a multiple of attentionHeads (" + attentionHeads + ")");
        }
    }

    /**
     * The default configuration for an architecture: window 56, 32 hidden units, one layer, log
     * transform, {@link TrainingSettings#defaults()}. Sized to train on ~200 daily series of three
     * years in well under three minutes on two cores.
     */
    public static NeuralSpec defaults(Architecture architecture, int horizon) {
        return new NeuralSpec(null, architecture, horizon, 56, 32, 1, 2, LossKind.LOG_MSE, TrainingSettings.defaults());
    }

    /** The default LSTM for a horizon. */
    public static NeuralSpec lstm(int horizon) {
        return defaults(Architecture.LSTM, horizon);
    }

    /** With another alias. */
    public NeuralSpec withAlias(String newAlias) {
        return new NeuralSpec(newAlias, architecture, horizon, window, hidden, layers, attentionHeads, loss, training);
    }

    /** With another window. */
    public NeuralSpec withWindow(int n) {
        return new NeuralSpec(alias, architecture, horizon, n, hidden, layers, attentionHeads, loss, training);
    }

    /** With another hidden size. */
    public NeuralSpec withHidden(int n) {
        return new NeuralSpec(alias, architecture, horizon, window, n, layers, attentionHeads, loss, training);
    }

    /** With another number of layers. */
    public NeuralSpec withLayers(int n) {
        return new NeuralSpec(alias, architecture, horizon, window, hidden, n, attentionHeads, loss, training);
    }

    /** With another loss. */
    public NeuralSpec withLoss(LossKind newLoss) {
        return new NeuralSpec(alias, architecture, horizon, window, hidden, layers, attentionHeads, newLoss, training);
    }

    /** With other training settings. */
    public NeuralSpec withTraining(TrainingSettings newTraining) {
        return new NeuralSpec(alias, architecture, horizon, window, hidden, layers, attentionHeads, loss, newTraining);
    }

    /** Total time steps the network reads: the window plus the horizon. */
    public int sequenceLength() {
        return window + horizon;
    }

    /**
     * Differences from {@code other} that make a trained network unusable for it, as readable
     * phrases ("window 56 instead of 28"); empty when compatible. Thread counts do not count.
     */
    public List<String> differencesFrom(NeuralSpec other) {
        List<String> out = new ArrayList<>();
        diff(out, "architecture", architecture, other.architecture);
        diff(out, "horizon", horizon, other.horizon);
        diff(out, "window", window, other.window);
        diff(out, "hidden units", hidden, other.hidden);
        diff(out, "layers", layers, other.layers);
        if (architecture == Architecture.ATTENTION) {
            diff(out, "attention heads", attentionHeads, other.attentionHeads);
        }
        diff(out, "loss", loss, other.loss);
        TrainingSettings a = training.identity();
        TrainingSettings b = other.training.identity();
        if (!a.equals(b)) {
            out.add("training settings " + a + " instead of " + b);
        }
        return out;
    }

    private static void diff(List<String> out, String what, Object mine, Object theirs) {
        if (!mine.equals(theirs)) {
            out.add(what + " " + mine + " instead of " + theirs);
        }
    }
}
