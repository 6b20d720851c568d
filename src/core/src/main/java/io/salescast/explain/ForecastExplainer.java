package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains the forecast points of one model: picks the method (TreeSHAP for XGBoost, otherwise
 * Kernel SHAP where affordable, otherwise the local surrogate), runs it on the feature rows the
 * forecasts were predicted from, marks inputs computed from earlier forecasts, and restates the
 * result in sales units. See docs/explanations.md for how multi-step recursive forecasts are
 * attributed.
 */
public final class ForecastExplainer {

    /** Which method to use. */
    public enum Choice {
        /** TreeSHAP when the model allows it, else Kernel SHAP for up to 11 features, else LIME. */
        AUTO,
        /** Exact TreeSHAP (XGBoost models only). */
        TREE_SHAP,
        /** Kernel SHAP per feature. */
        KERNEL_SHAP,
        /** Kernel SHAP with whole families as players (exact over at most 8 families). */
        KERNEL_SHAP_FAMILIES,
        /** Local linear surrogate. */
        LIME
    }

    /** Largest number of features for which AUTO picks Kernel SHAP (all 2^11 - 2 coalitions fit the budget). */
    static final int KERNEL_SHAP_MAX_FEATURES = 11;

    /**
     * Settings.
     *
     * @param choice   method
     * @param seed     seed of the sampling methods
     * @param samples  LIME samples per point
     * @param coalitions Kernel SHAP coalition budget per point
     */
    public record Options(Choice choice, long seed, int samples, int coalitions) {
        /** AUTO, 1000 LIME samples, 2048 coalitions. */
        public static Options defaults(long seed) {
            return new Options(Choice.AUTO, seed, 1000, 2048);
        }

        /** The same settings with another method. */
        public Options with(Choice newChoice) {
            return new Options(newChoice, seed, samples, coalitions);
        }
    }

    private final Options options;

    /** An explainer with these settings. */
    public ForecastExplainer(Options options) {
        this.options = options;
    }

    /** The method {@code choice} resolves to for a model. */
    public Method method(ExplainableModel m) {
        return switch (resolve(m)) {
            case TREE_SHAP -> Method.TREE_SHAP;
            case KERNEL_SHAP, KERNEL_SHAP_FAMILIES -> Method.KERNEL_SHAP;
            default -> Method.LIME;
        };
    }

    private Choice resolve(ExplainableModel m) {
        if (options.choice() == Choice.TREE_SHAP && m.treeShap() == null) {
            throw new IllegalArgumentException(m.alias() + " is not an XGBoost model: TreeSHAP does not apply");
        }
        if (options.choice() != Choice.AUTO) {
            return options.choice();
        }
        if (m.treeShap() != null) {
            return Choice.TREE_SHAP;
        }
        return m.model().width() <= KERNEL_SHAP_MAX_FEATURES ? Choice.KERNEL_SHAP : Choice.LIME;
    }

    /**
     * Explains forecast points.
     *
     * @param m        the model
     * @param rows     the feature rows the forecasts were predicted from, keyed by series, period and step
     * @param toSales  per row, the map from the model's output (its transformed target) to sales
     *                 units; the TreeSHAP link (exp for Tweedie) is composed in here
     * @param progress progress receiver
     * @param cancel   cancellation, polled between points
     * @return the explanations in sales units, with the model-space originals
     */
    public ForecastExplanation explain(ExplainableModel m, FeatureRows rows, List<OutputTransform> toSales,
                                       ProgressListener progress, CancellationToken cancel) {
        if (toSales.size() != rows.size()) {
            throw new IllegalArgumentException(toSales.size() + " transforms for " + rows.size() + " rows");
        }
        if (!rows.featureNames().equals(m.model().featureNames())) {
            throw new IllegalArgumentException("rows and model have different columns");
        }
        List<PointExplanation> model = modelSpace(m, rows, progress, cancel);
        List<PointExplanation> marked = m.recursive() ? markForecastInputs(model, m.catalog()) : model;
        List<OutputTransform> transforms = toSales;
        if (resolve(m) == Choice.TREE_SHAP) {
            OutputTransform link = m.treeShap().link();
            transforms = toSales.stream().map(t -> t.after(link)).toList();
        }
        List<PointExplanation> sales = UnitsMapping.toSales(marked, transforms);
        return new ForecastExplanation(m.alias(), method(m), sales, marked);
    }

    private List<PointExplanation> modelSpace(ExplainableModel m, FeatureRows rows, ProgressListener progress,
                                              CancellationToken cancel) {
        Choice c = resolve(m);
        if (c == Choice.TREE_SHAP) {
            cancel.throwIfCancelled();
            List<PointExplanation> out = m.treeShap().explain(m.alias(), rows, m.catalog());
            progress.progress("explain", 1, rows.size() + " points");
            return out;
        }
        PointExplainer one = explainerFor(c, m);
        List<PointExplanation> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            cancel.throwIfCancelled();
            out.add(one.explain(rows.values()[i], rows.keys().get(i)));
            progress.progress("explain", (i + 1) / (double) rows.size(), "point " + (i + 1) + " of " + rows.size());
        }
        return out;
    }

    private interface PointExplainer {
        PointExplanation explain(double[] x, FeatureRows.RowKey key);
    }

    private PointExplainer explainerFor(Choice c, ExplainableModel m) {
        if (c == Choice.LIME) {
            LocalSurrogate lime = new LocalSurrogate(m.model(), m.background(), m.catalog(),
                    new LocalSurrogate.Options(options.samples(), 1.0, 0, 1e-3, options.seed()));
            return (x, k) -> lime.explain(m.alias(), x, k);
        }
        KernelShap ks = new KernelShap(m.model(), m.background(), m.catalog(),
                new KernelShap.Options(options.coalitions(), c == Choice.KERNEL_SHAP_FAMILIES, options.seed()));
        return (x, k) -> ks.explain(m.alias(), x, k);
    }

    /**
     * Marks contributions of inputs that read sales inside the forecast horizon: at step h a
     * feature reading sales k periods back reads a forecast when k < h.
     */
    static List<PointExplanation> markForecastInputs(List<PointExplanation> points, FeatureCatalog catalog) {
        List<PointExplanation> out = new ArrayList<>(points.size());
        for (PointExplanation p : points) {
            if (p.step() <= 1) {
                out.add(p);
                continue;
            }
            List<FeatureContribution> cs = new ArrayList<>(p.contributions().size());
            for (FeatureContribution c : p.contributions()) {
                int lag = catalog.lag(c.feature());
                cs.add(lag > 0 && lag < p.step() ? c.asForecastInput() : c);
            }
            out.add(p.withValues(p.base(), p.prediction(), cs, p.units()));
        }
        return out;
    }
}
