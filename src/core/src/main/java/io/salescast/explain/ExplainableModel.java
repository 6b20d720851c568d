package io.salescast.explain;

import java.util.Objects;
import java.util.Optional;

/**
 * A fitted model as the explainer sees it: a function of named features in the model's own space,
 * an exact TreeSHAP explainer when the model is an XGBoost model, readable names, and the
 * background rows that define "typical" (a sample of its training rows).
 *
 * @param alias      model alias
 * @param model      predictions in the model's space
 * @param treeShap   exact explainer, or null when the model is not a tree ensemble XGBoost can explain
 * @param catalog    readable names and families of the columns
 * @param background typical rows with column statistics
 * @param recursive  whether the model's forecasts feed later steps' lag features (recursive strategy)
 */
public record ExplainableModel(String alias, PredictFunction model, TreeShap treeShap, FeatureCatalog catalog,
                               Background background, boolean recursive) {

    /** Validates. */
    public ExplainableModel {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(background, "background");
        if (!model.featureNames().equals(background.featureNames())) {
            throw new IllegalArgumentException("background columns differ from the model's");
        }
    }

    /** The exact explainer, when there is one. */
    public Optional<TreeShap> exact() {
        return Optional.ofNullable(treeShap);
    }
}
