package io.salescast.neural;

import io.salescast.core.SalescastException;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.Frequency;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The neural model types for core's {@link ModelCatalog}: {@code lstm}, {@code gru} and
 * {@code lstm_attention}, with parameters {@code window, hidden, layers, heads, loss (log_mse |
 * poisson), epochs, patience, batch, windows (per series and epoch), lr, decay, clip, validation,
 * threads}, e.g. {@code lstm:hidden=64;epochs=20}. Entry points register them with
 * {@code NeuralModels.register(ModelCatalog.standard())}.
 */
public final class NeuralModels {

    private static final Set<String> PARAMS = Set.of("window", "hidden", "layers", "heads", "loss", "epochs", "patience",
            "batch", "windows", "lr", "decay", "clip", "validation", "threads");

    private NeuralModels() {
    }

    /** {@code catalog} plus the neural types. */
    public static ModelCatalog register(ModelCatalog catalog) {
        return register(catalog, TrainingListener.NONE);
    }

    /** {@code catalog} plus the neural types, whose networks report every finished epoch to {@code epochs}. */
    public static ModelCatalog register(ModelCatalog catalog, TrainingListener epochs) {
        ModelCatalog c = catalog;
        for (Architecture a : Architecture.values()) {
            c = c.with(a.defaultAlias(), (spec, frequency, horizon) ->
                    NeuralForecaster.of(specOf(spec, a, frequency, horizon)).withListener(epochs));
        }
        return c;
    }

    /**
     * The neural spec of a model spec.
     *
     * @throws SalescastException for unknown parameters or invalid values
     */
    public static NeuralSpec specOf(ModelSpec model, Architecture arch, Frequency frequency, int horizon) {
        Map<String, String> p = model.params();
        for (String k : p.keySet()) {
            if (!PARAMS.contains(k)) {
                throw new SalescastException("Model " + model.alias() + " has no parameter '" + k + "'.",
                        "Parameters of " + model.type() + ": " + String.join(", ", new java.util.TreeSet<>(PARAMS)) + ".", null, null);
            }
        }
        NeuralSpec d = NeuralSpec.defaults(arch, horizon);
        TrainingSettings t = d.training();
        try {
            int defaultWindow = frequency == Frequency.DAILY ? d.window() : Math.max(2 * frequency.seasonLength(), 2 * horizon);
            t = new TrainingSettings(integer(p, "epochs", t.maxEpochs()), integer(p, "patience", t.patience()),
                    integer(p, "batch", t.batchSize()), integer(p, "windows", t.windowsPerSeries()), real(p, "lr", t.learningRate()),
                    real(p, "decay", t.learningRateDecay()), real(p, "clip", t.gradientClip()), integer(p, "validation", 0),
                    integer(p, "threads", 0));
            LossKind loss = LossKind.valueOf(p.getOrDefault("loss", d.loss().name()).trim().toUpperCase(Locale.ROOT));
            return new NeuralSpec(model.alias(), arch, horizon, integer(p, "window", defaultWindow), integer(p, "hidden", d.hidden()),
                    integer(p, "layers", d.layers()), integer(p, "heads", d.attentionHeads()), loss, t);
        } catch (IllegalArgumentException e) {
            throw new SalescastException("Model " + model.alias() + " has an invalid parameter: " + e.getMessage() + ".",
                    "Check the values of " + p + ".", null, e);
        }
    }

    private static int integer(Map<String, String> p, String k, int def) {
        String v = p.get(k);
        return v == null ? def : Integer.parseInt(v.trim());
    }

    private static double real(Map<String, String> p, String k, double def) {
        String v = p.get(k);
        return v == null ? def : Double.parseDouble(v.trim());
    }
}
