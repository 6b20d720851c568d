package io.salescast.forecast.global;

import io.salescast.core.SalescastException;
import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;

/**
 * A global model: one Tribuo regression model (or one per step group for the direct strategy)
 * trained on the feature rows of all series at once. Forecasts of non-negative targets are never
 * negative.
 */
public final class GlobalForecaster implements Forecaster {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalForecaster.class);

    private final ModelSpec spec;
    private final GlobalModelSettings settings;
    private final int horizon;

    /**
     * @param spec     the model spec (type xgboost, random_forest, cart, linear or elastic_net)
     * @param settings its settings ({@link GlobalModelSettings#from})
     * @param horizon  the horizon the direct strategy trains for (recursive forecasts any horizon)
     */
    public GlobalForecaster(ModelSpec spec, GlobalModelSettings settings, int horizon) {
        this.spec = spec;
        this.settings = settings;
        this.horizon = horizon;
    }

    @Override
    public String alias() {
        return spec.alias();
    }

    /** The model spec. */
    public ModelSpec spec() {
        return spec;
    }

    /** The settings. */
    public GlobalModelSettings settings() {
        return settings;
    }

    @Override
    public FittedGlobalForecaster fit(SalesPanel panel, FeatureSpec featureSpec, TrainContext ctx) {
        if (panel.size() == 0) {
            throw new SalescastException("There are no series to train " + alias() + " on.", null, null, null);
        }
        int[][] groups = settings.strategy() == MultiStepStrategy.RECURSIVE ? new int[][] {{1, Integer.MAX_VALUE}}
                : settings.stepGroups(horizon, panel.frequency().seasonLength());
        List<ModelBlock> blocks = new ArrayList<>();
        String stage = "train " + alias();
        for (int g = 0; g < groups.length; g++) {
            ctx.cancel().throwIfCancelled();
            ctx.progress().progress(stage, g / (double) groups.length, "building features");
            int minLag = settings.strategy() == MultiStepStrategy.RECURSIVE ? 1 : groups[g][1];
            FeatureBuilder builder = FeatureBuilder.create(featureSpec, panel, horizon, minLag);
            FeatureTable table = builder.trainingTable(panel, settings.effectiveTrainWindow(panel.size()));
            if (table.rowCount() == 0) {
                throw new SalescastException("The series are too short to train " + alias() + ".",
                        "Use a longer history or a baseline model.", null, null);
            }
            ctx.cancel().throwIfCancelled();
            Dataset<Regressor> data = dataset(table, settings.algorithm());
            ctx.progress().progress(stage, (g + 0.2) / groups.length, "training on " + table.rowCount() + " rows");
            long t0 = System.nanoTime();
            Model<Regressor> model;
            if (settings.algorithm() == GlobalAlgorithm.XGBOOST) {
                // Trained on this thread, one tree at a time: Cancel stops it between two trees.
                model = TribuoTrainers.create(settings, ctx, rounds(ctx, stage, g, groups.length, table.rowCount())).train(data);
            } else {
                Trainer<Regressor> trainer = TribuoTrainers.create(settings, ctx);
                model = CancellableCall.run(() -> trainer.train(data), ctx.cancel());
            }
            LOG.info("{}: trained steps {}-{} on {} rows x {} features in {} ms", alias(), groups[g][0],
                    groups[g][1] == Integer.MAX_VALUE ? "all" : groups[g][1], table.rowCount(), table.columnCount(),
                    (System.nanoTime() - t0) / 1_000_000);
            blocks.add(new ModelBlock(model, builder, groups[g][0], groups[g][1]));
        }
        ctx.progress().progress(stage, 1, "trained");
        return new FittedGlobalForecaster(alias(), settings, panel, featureSpec, blocks, nonNegative(panel));
    }

    /**
     * Progress and cancellation between XGBoost's boosting rounds: the stage's fraction advances
     * from 20 % to 100 % of this step group's share as trees are added, reported at every tenth of
     * the trees (a line each in the workbench's log), and a cancelled token stops training after
     * the current tree.
     */
    private static TableXGBoostTrainer.RoundListener rounds(TrainContext ctx, String stage, int group, int groups, int rows) {
        return (done, total) -> {
            ctx.cancel().throwIfCancelled();
            if (done * 10L / total != (done - 1) * 10L / total) {
                ctx.progress().progress(stage, (group + 0.2 + 0.8 * done / total) / groups,
                        "training on " + rows + " rows: tree " + done + " of " + total);
            }
        };
    }

    /**
     * The Tribuo dataset of the training rows: XGBoost reads the table's columns directly
     * ({@link FeatureTableDataset}); the other trainers get a {@code MutableDataset}, without
     * constant columns for the standardised linear models.
     */
    static Dataset<Regressor> dataset(FeatureTable table, GlobalAlgorithm algorithm) {
        String description = "salescast features, " + table.rowCount() + " rows";
        return switch (algorithm) {
            case XGBOOST -> FeatureTableDataset.of(table, description);
            case LINEAR, ELASTIC_NET -> TribuoData.dataset(table, description, true);
            case CART, RANDOM_FOREST -> TribuoData.dataset(table, description, false);
        };
    }

    /** Whether every observed target is non-negative (then forecasts are clamped at zero). */
    static boolean nonNegative(SalesPanel panel) {
        for (SalesSeries s : panel.series()) {
            for (double v : s.y()) {
                if (v < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
