package io.salescast.forecast.global;

import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureInfo;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

import java.util.List;

/**
 * One trained Tribuo model of a global forecaster and the forecast steps it serves: the only
 * block of a recursive forecaster (steps 1..horizon), or one block per step group of a direct
 * one. Its features are the columns of {@link #builder()}; the model predicts the transformed
 * target (see {@link FeatureBuilder#inverse}).
 *
 * @param model    the Tribuo model (an {@code XGBoostModel} for XGBoost: use
 *                 {@code getInnerModels()} and {@code getFeatureIDMap()} for TreeSHAP)
 * @param builder  the feature builder the model was trained with
 * @param fromStep first forecast step served (1-based)
 * @param toStep   last forecast step served (inclusive); {@code Integer.MAX_VALUE} for recursive
 */
public record ModelBlock(Model<Regressor> model, FeatureBuilder builder, int fromStep, int toStep) {

    /** Feature descriptions in column order. */
    public List<FeatureInfo> features() {
        return builder.features();
    }
}
