package io.salescast.forecast.global;

import io.salescast.forecast.TrainContext;
import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the Tribuo trainer of a global model from its settings and the training context. */
public final class TribuoTrainers {

    private TribuoTrainers() {
    }

    /**
     * The trainer for the settings: XGBoost ({@link TableXGBoostTrainer}, which reads a
     * {@link FeatureTableDataset} without Tribuo's per-example conversion) with the histogram method, {@code nthread} = the
     * context's thread budget and its seed; forests/CART with the seed; linear models behind a
     * mean/standard-deviation standardiser.
     */
    public static Trainer<Regressor> create(GlobalModelSettings s, TrainContext ctx) {
        return create(s, ctx, TableXGBoostTrainer.RoundListener.NONE);
    }

    /**
     * The trainer for the settings; XGBoost calls {@code rounds} after every tree (progress,
     * cancellation), the other trainers ignore it.
     */
    public static Trainer<Regressor> create(GlobalModelSettings s, TrainContext ctx, TableXGBoostTrainer.RoundListener rounds) {
        return switch (s.algorithm()) {
            case XGBOOST -> new TableXGBoostTrainer(regressionType(s), s.trees(), xgboostParameters(s, ctx), rounds);
            case CART -> cart(s, 1.0f, ctx.seed());
            case RANDOM_FOREST -> new RandomForestTrainer<>(cart(s, (float) s.colsample(), ctx.seed()),
                    new AveragingCombiner(), s.trees(), ctx.seed());
            case LINEAR -> standardised(new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), s.epochs(),
                    Math.max(1, s.epochs() / 2), 1, ctx.seed()));
            case ELASTIC_NET -> standardised(new ElasticNetCDTrainer(s.alpha(), s.l1Ratio(), ctx.seed()));
        };
    }

    /** The XGBoost objective Tribuo is told about. */
    public static XGBoostRegressionTrainer.RegressionType regressionType(GlobalModelSettings s) {
        return "squared".equals(s.objective()) ? XGBoostRegressionTrainer.RegressionType.LINEAR
                : XGBoostRegressionTrainer.RegressionType.TWEEDIE;
    }

    /** The XGBoost parameter map (also used to call xgboost4j directly in the benchmark). */
    public static Map<String, Object> xgboostParameters(GlobalModelSettings s, TrainContext ctx) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", regressionType(s).paramName);
        if (regressionType(s) == XGBoostRegressionTrainer.RegressionType.TWEEDIE) {
            p.put("tweedie_variance_power", s.tweediePower());
        }
        p.put("eta", s.eta());
        p.put("max_depth", s.depth());
        p.put("subsample", s.subsample());
        p.put("colsample_bytree", s.colsample());
        p.put("min_child_weight", s.minChildWeight());
        p.put("lambda", s.lambda());
        p.put("alpha", s.alpha());
        p.put("tree_method", "hist");
        p.put("max_bin", s.maxBin());
        p.put("nthread", ctx.threads());
        p.put("seed", (int) (ctx.seed() & 0x7fffffff));
        p.put("verbosity", 0);
        return p;
    }

    private static CARTRegressionTrainer cart(GlobalModelSettings s, float featureFraction, long seed) {
        return new CARTRegressionTrainer(s.depth(), s.minLeaf(), 0.0f, featureFraction, false, new MeanSquaredError(), seed);
    }

    private static Trainer<Regressor> standardised(Trainer<Regressor> inner) {
        return new TransformTrainer<>(inner, new TransformationMap(List.of(new MeanStdDevTransformation())), true);
    }
}
