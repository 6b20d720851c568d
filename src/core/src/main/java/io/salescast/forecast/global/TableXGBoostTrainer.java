package io.salescast.forecast.global;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.config.PropertyException;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionConverter;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer.RegressionType;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tribuo's XGBoost regression trainer, with a direct path for {@link FeatureTableDataset}.
 *
 * <p>It trains exactly what {@code XGBoostRegressionTrainer} trains — same parameters (passed as
 * Tribuo passes them), same feature ids, same labels and unit weights — and returns Tribuo's own
 * {@link XGBoostModel} with full provenance, so prediction, TreeSHAP, serialisation and loading are
 * unchanged. The difference is how the training matrix reaches XGBoost: for a
 * {@link FeatureTableDataset} the CSR arrays are filled from the table's primitive columns
 * ({@link FeatureTableDataset#toDMatrix}) instead of Tribuo's conversion of every example through
 * boxed lists. Any other dataset goes through Tribuo's own conversion. One output dimension only
 * (forecasting trains one target).
 */
public final class TableXGBoostTrainer extends XGBoostTrainer<Regressor> {

    /**
     * Called after each boosting round, on the training thread. It may throw (for example
     * {@code CancelledException}) to stop training: the partial booster is released and the
     * exception propagates from {@code train}.
     */
    @FunctionalInterface
    public interface RoundListener {
        /** No-op. */
        RoundListener NONE = (done, total) -> { };

        /**
         * @param done  boosting rounds (trees) finished so far
         * @param total rounds to train
         */
        void afterRound(int done, int total);
    }

    @Config(mandatory = true, description = "The type of regression.")
    private RegressionType rType = RegressionType.LINEAR;

    /** Not configuration: progress and cancellation of one fit. */
    private RoundListener listener = RoundListener.NONE;

    /**
     * @param rType      the objective (written into the parameters as {@code objective})
     * @param numTrees   boosting rounds
     * @param parameters the XGBoost parameters (as for {@code XGBoostRegressionTrainer(rType, numTrees, parameters)})
     */
    public TableXGBoostTrainer(RegressionType rType, int numTrees, Map<String, Object> parameters) {
        this(rType, numTrees, parameters, RoundListener.NONE);
    }

    /**
     * @param rType      the objective (written into the parameters as {@code objective})
     * @param numTrees   boosting rounds
     * @param parameters the XGBoost parameters (as for {@code XGBoostRegressionTrainer(rType, numTrees, parameters)})
     * @param listener   told after every round; may throw to stop training
     */
    public TableXGBoostTrainer(RegressionType rType, int numTrees, Map<String, Object> parameters, RoundListener listener) {
        super(numTrees, withObjective(parameters, rType));
        this.rType = rType;
        this.listener = Objects.requireNonNull(listener, "listener");
        postConfig();
    }

    /** For OLCUT. */
    @SuppressWarnings("unused")
    private TableXGBoostTrainer() {
    }

    private static Map<String, Object> withObjective(Map<String, Object> parameters, RegressionType rType) {
        Object objective = parameters.get("objective");
        if (objective != null && !objective.toString().equals(rType.paramName)) {
            throw new IllegalArgumentException("objective " + objective + " does not match " + rType.paramName);
        }
        Map<String, Object> p = new LinkedHashMap<>(parameters);
        p.put("objective", rType.paramName);
        return p;
    }

    /** Used by the OLCUT configuration system. */
    @Override
    public void postConfig() {
        super.postConfig();
        parameters.put("objective", rType.paramName);
        if (!overrideParameters.isEmpty() && !rType.paramName.equals(overrideParameters.get("objective"))) {
            throw new PropertyException("", "overrideParameters", "The objective in overrideParameters must match rType.");
        }
    }

    @Override
    public synchronized XGBoostModel<Regressor> train(Dataset<Regressor> examples, Map<String, Provenance> runProvenance) {
        return train(examples, runProvenance, INCREMENT_INVOCATION_COUNT);
    }

    @Override
    public synchronized XGBoostModel<Regressor> train(Dataset<Regressor> examples, Map<String, Provenance> runProvenance,
                                                      int invocationCount) {
        if (examples.getOutputInfo().getUnknownCount() > 0) {
            throw new IllegalArgumentException("The supplied Dataset contained unknown Outputs, and this Trainer is supervised.");
        }
        ImmutableOutputInfo<Regressor> outputInfo = examples.getOutputIDInfo();
        if (outputInfo.size() != 1) {
            throw new IllegalArgumentException("expected one regression output, got " + outputInfo.size());
        }
        ImmutableFeatureMap featureMap = examples.getFeatureIDMap();
        if (invocationCount != INCREMENT_INVOCATION_COUNT) {
            setInvocationCount(invocationCount);
        }
        TrainerProvenance trainerProvenance = getProvenance();
        trainInvocationCounter++;
        Booster booster = null;
        DMatrix matrix = null;
        boolean trained = false;
        try {
            matrix = examples instanceof FeatureTableDataset table ? table.toDMatrix() : convert(examples, featureMap);
            Map<String, Object> params = overrideParameters.isEmpty() ? copyParams(parameters) : copyParams(overrideParameters);
            // What XGBoost.train(matrix, params, numTrees, ...) does without watches, one round at a
            // time so that the listener can report progress and stop between trees.
            booster = XGBoost.train(matrix, params, 0, Collections.emptyMap(), null, null);
            for (int round = 0; round < numTrees; round++) {
                booster.update(matrix, round);
                listener.afterRound(round + 1, numTrees);
            }
            trained = true;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } finally {
            if (!trained && booster != null) {
                booster.dispose();
            }
            if (matrix != null) {
                matrix.dispose();
            }
        }
        ModelProvenance provenance = new ModelProvenance(XGBoostModel.class.getName(), OffsetDateTime.now(),
                examples.getProvenance(), trainerProvenance, runProvenance);
        return createModel("xgboost-regression-model", provenance, featureMap, outputInfo, List.of(booster),
                new XGBoostRegressionConverter());
    }

    /** Tribuo's own conversion of the examples, with their labels and weights. */
    private static DMatrix convert(Dataset<Regressor> examples, ImmutableFeatureMap featureMap) throws XGBoostError {
        DMatrixTuple<Regressor> tuple = convertExamples(examples, featureMap, null);
        float[] labels = new float[examples.size()];
        float[] weights = new float[examples.size()];
        int i = 0;
        for (Example<Regressor> e : examples) {
            labels[i] = (float) e.getOutput().getValues()[0];
            weights[i++] = e.getWeight();
        }
        tuple.data.setLabel(labels);
        tuple.data.setWeight(weights);
        return tuple.data;
    }

    @Override
    public TrainerProvenance getProvenance() {
        return new TrainerProvenanceImpl(this);
    }
}
