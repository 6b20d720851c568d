package io.salescast.forecast.engine;

import io.salescast.core.SalescastException;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.baseline.Baselines;
import io.salescast.forecast.baseline.LocalForecaster;
import io.salescast.forecast.ensemble.BlendMethod;
import io.salescast.forecast.global.GlobalAlgorithm;
import io.salescast.forecast.global.GlobalForecaster;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.series.Frequency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns {@link ModelSpec}s into forecasters: the global Tribuo models (xgboost, random_forest,
 * cart, linear, elastic_net), the baselines of {@link Baselines}, and types registered by other
 * modules ({@link #with}). The blend types {@code ensemble} and {@code stacked} are not
 * forecasters: the engine computes them from backtests. Immutable.
 */
public final class ModelCatalog {

    private final Map<String, ModelFactory> extra;

    private ModelCatalog(Map<String, ModelFactory> extra) {
        this.extra = Map.copyOf(extra);
    }

    /** The catalog of core's models. */
    public static ModelCatalog standard() {
        return new ModelCatalog(Map.of());
    }

    /** This catalog plus a model type (e.g. {@code lstm} from module neural). */
    public ModelCatalog with(String type, ModelFactory factory) {
        Map<String, ModelFactory> m = new LinkedHashMap<>(extra);
        m.put(new ModelSpec(type, null, null).type(), factory);
        return new ModelCatalog(m);
    }

    /** The strong default set: global XGBoost, the standard baselines, ETS, and both blends. */
    public static List<ModelSpec> defaultModels() {
        List<ModelSpec> out = new ArrayList<>();
        out.add(ModelSpec.of("xgboost"));
        out.add(ModelSpec.of("seasonal_naive"));
        out.add(ModelSpec.of("naive"));
        out.add(ModelSpec.of("moving_average"));
        out.add(ModelSpec.of("historic_average"));
        out.add(ModelSpec.of("ets"));
        out.add(ModelSpec.of(BlendMethod.INVERSE_ERROR.alias()));
        out.add(ModelSpec.of(BlendMethod.STACKED.alias()));
        return out;
    }

    /** Whether a type is a blend computed by the engine. */
    public static boolean isBlend(String type) {
        return blendMethod(type) != null;
    }

    /** The blend method of a type, or null. */
    public static BlendMethod blendMethod(String type) {
        for (BlendMethod m : BlendMethod.values()) {
            if (m.alias().equals(type)) {
                return m;
            }
        }
        return null;
    }

    /** Every model type this catalog knows, sorted. */
    public List<String> types() {
        TreeSet<String> t = new TreeSet<>(extra.keySet());
        for (GlobalAlgorithm a : GlobalAlgorithm.values()) {
            t.add(a.type());
        }
        t.addAll(Baselines.aliases());
        for (BlendMethod m : BlendMethod.values()) {
            t.add(m.alias());
        }
        return new ArrayList<>(t);
    }

    /**
     * The forecaster of a spec.
     *
     * @throws SalescastException for unknown types, blends, or invalid parameters
     */
    public Forecaster create(ModelSpec spec, Frequency frequency, int horizon) {
        String type = spec.type().toLowerCase(Locale.ROOT);
        if (!spec.alias().matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new SalescastException("The model name '" + spec.alias() + "' cannot be used as a column name.",
                    "Use letters, digits and underscores, starting with a letter.", null, null);
        }
        ModelFactory f = extra.get(type);
        if (f != null) {
            return f.create(spec, frequency, horizon);
        }
        if (GlobalAlgorithm.ofType(type) != null) {
            return new GlobalForecaster(spec, GlobalModelSettings.from(spec, frequency), horizon);
        }
        if (isBlend(type)) {
            throw new IllegalArgumentException(type + " is a blend: the engine computes it from backtests");
        }
        LocalForecaster local = Baselines.byAlias(type).orElseThrow(() -> new SalescastException(
                "There is no model type '" + spec.type() + "'.", "Known types: " + String.join(", ", types()) + ".", null, null));
        if (!spec.params().isEmpty()) {
            throw new SalescastException("Model " + spec.alias() + " takes no parameters here (" + spec.params().keySet() + ").",
                    "Remove the parameters of " + spec.type() + ".", null, null);
        }
        return local.alias().equals(spec.alias()) ? local : new AliasedForecaster(local, spec.alias());
    }
}
