package io.salescast.neural;

import io.salescast.core.SalescastException;
import io.salescast.forecast.TrainingCurve;
import io.salescast.series.SalesPanel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.List;
import java.util.Objects;

/**
 * A trained network with everything needed to use it again: the spec it was trained with, the
 * frozen input encoding, its loss curve and training provenance. It can forecast any history that
 * has the covariates it was trained on ({@link #bind(SalesPanel)}), start a fine-tuning
 * ({@link NeuralForecaster#fineTuning}), and be saved ({@link NeuralModelStore}).
 */
public final class TrainedNetwork {

    private final NeuralSpec spec;
    private final InputEncoding encoding;
    private final MultiLayerNetwork network;
    private final TrainingCurve curve;
    private final TrainingInfo info;

    TrainedNetwork(NeuralSpec spec, InputEncoding encoding, MultiLayerNetwork network, TrainingCurve curve, TrainingInfo info) {
        this.spec = Objects.requireNonNull(spec);
        this.encoding = Objects.requireNonNull(encoding);
        this.network = Objects.requireNonNull(network);
        this.curve = Objects.requireNonNull(curve);
        this.info = Objects.requireNonNull(info);
    }

    /** The spec it was trained with. */
    public NeuralSpec spec() {
        return spec;
    }

    /** The input encoding frozen at training. */
    public InputEncoding encoding() {
        return encoding;
    }

    /** Loss per epoch. */
    public TrainingCurve curve() {
        return curve;
    }

    /** Training provenance. */
    public TrainingInfo info() {
        return info;
    }

    /** Trainable parameters. */
    public long parameterCount() {
        return network.numParams();
    }

    /** The DL4J network (package use: prediction, saving, fine-tuning). */
    MultiLayerNetwork network() {
        return network;
    }

    /**
     * A forecaster that forecasts the periods after each series of {@code history}.
     *
     * @throws SalescastException when the history lacks covariates the network needs or has another frequency
     */
    public NeuralFittedForecaster bind(SalesPanel history) {
        List<String> problems = encoding.incompatibilities(history);
        if (!problems.isEmpty()) {
            throw new SalescastException("The network '" + spec.alias() + "' cannot forecast this data: "
                    + String.join("; ", problems) + ".", "Retrain the model on this data.", null, null);
        }
        return new NeuralFittedForecaster(this, history);
    }
}
