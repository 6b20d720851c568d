package io.salescast.cli;

import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.neural.NeuralModels;

/** The model catalogue of the command line: the engine's models plus the neural networks. */
final class Models {

    private Models() {
    }

    /** Every model type the CLI can run: baselines, Tribuo models, blends, lstm, gru, lstm_attention. */
    static ModelCatalog catalog() {
        return NeuralModels.register(ModelCatalog.standard());
    }
}
