package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;
import io.salescast.features.FeatureInfo;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.forecast.global.GlobalPrediction;
import io.salescast.forecast.global.ModelBlock;
import io.salescast.forecast.global.PredictionBlock;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Explanations of the engine's global (Tribuo) forecasters: every forecast point explained from
 * the very feature row it was predicted from (TreeSHAP for XGBoost, model-agnostic methods for the
 * other Tribuo models), restated in sales units through the model's own inverse target transform
 * and clamping; and global permutation importance on backtest rows. Stateless apart from settings.
 */
public final class GlobalModelExplainer {

    private final ForecastExplainer.Options options;
    private final int backgroundRows;

    /**
     * @param options        method and sampling settings
     * @param backgroundRows rows sampled from the training rows as background (base value, Kernel SHAP)
     */
    public GlobalModelExplainer(ForecastExplainer.Options options, int backgroundRows) {
        this.options = options;
        this.backgroundRows = backgroundRows;
    }

    /** Defaults: automatic method choice, 100 background rows. */
    public static GlobalModelExplainer defaults(long seed) {
        return new GlobalModelExplainer(ForecastExplainer.Options.defaults(seed), 100);
    }

    /**
     * Forecasts {@code horizon} periods and explains every forecast point.
     *
     * @param f        the fitted model
     * @param horizon  periods ahead
     * @param future   known-future covariates, or null
     * @param progress progress receiver
     * @param cancel   cancellation
     * @return one explanation per (series, step) in sales units; predictions equal the forecast
     */
    public ForecastExplanation explainForecast(FittedGlobalForecaster f, int horizon, SalesPanel future,
                                               ProgressListener progress, CancellationToken cancel) {
        GlobalPrediction gp = f.predictDetailed(horizon, future);
        List<PointExplanation> sales = new ArrayList<>();
        List<PointExplanation> model = new ArrayList<>();
        Method method = null;
        for (PredictionBlock pb : gp.blocks()) {
            cancel.throwIfCancelled();
            ExplainableModel em = explainable(f, pb.block());
            FeatureRows rows = forecastRows(f, pb.rows());
            ForecastExplanation part = new ForecastExplainer(options).explain(em, rows, toSales(f, pb.block(), rows),
                    progress, cancel);
            sales.addAll(part.points());
            model.addAll(part.modelSpace());
            method = part.method();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            order.add(i);
        }
        List<String> ids = f.history().ids();
        order.sort(java.util.Comparator.comparingInt((Integer i) -> ids.indexOf(sales.get(i).uniqueId()))
                .thenComparingInt(i -> sales.get(i).step()));
        return new ForecastExplanation(f.alias(), method == null ? Method.TREE_SHAP : method,
                order.stream().map(sales::get).toList(), order.stream().map(model::get).toList());
    }

    /**
     * Permutation importance on backtest rows: the one-step feature rows of the last
     * {@code lastPeriods} periods of each series of {@code evaluation} (a panel that extends the
     * model's training history; the rows after the training history are out of sample), scored
     * against the actual sales. Uses the model of the first step (the only one for recursive).
     *
     * @param scope    what the rows cover
     * @param ids      series to include, or null for all
     */
    public GlobalImportance importance(FittedGlobalForecaster f, SalesPanel evaluation, int lastPeriods,
                                       GlobalImportance.Scope scope, Collection<String> ids,
                                       PermutationImportance.Options perm, ProgressListener progress,
                                       CancellationToken cancel) {
        ModelBlock block = f.blocks().get(0);
        ExplainableModel em = explainable(f, block);
        SalesPanel panel = ids == null ? evaluation : evaluation.select(ids);
        FeatureTable table = block.builder().table(panel);
        List<Integer> keep = new ArrayList<>();
        List<FeatureRows.RowKey> keys = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            SalesSeries s = panel.series().get(table.seriesIndex(r));
            int t = table.period(r);
            if (t >= s.length() - lastPeriods && !Double.isNaN(s.y()[t])) {
                keep.add(r);
                keys.add(new FeatureRows.RowKey(s.id(), table.date(r), 0, s.y()[t]));
            }
        }
        double[][] values = new double[keep.size()][];
        for (int k = 0; k < keep.size(); k++) {
            values[k] = table.row(keep.get(k));
        }
        FeatureRows rows = new FeatureRows(table.names(), values, keys);
        return PermutationImportance.compute(f.alias(), scope, em.model(), rows, toSales(f, block, rows), em.catalog(),
                perm, progress, cancel);
    }

    /** The model of one block as the explainer sees it. */
    public ExplainableModel explainable(FittedGlobalForecaster f, ModelBlock block) {
        List<FeatureInfo> infos = block.features();
        List<String> names = infos.stream().map(FeatureInfo::name).toList();
        FeatureCatalog catalog = catalog(f, infos);
        TreeShap shap = null;
        PredictFunction predict;
        if (TreeShap.supports(block.model())) {
            @SuppressWarnings("unchecked")
            XGBoostModel<Regressor> x = (XGBoostModel<Regressor>) block.model();
            shap = new TreeShap(x);
            predict = shap.predictFunction(names);
        } else {
            predict = new TribuoPredictFunction(block.model(), names);
        }
        FeatureTable training = block.builder().trainingTable(f.history(), f.settings().trainWindow());
        double[][] columns = new double[names.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = training.column(j);
        }
        Background bg = Background.ofColumns(names, columns, backgroundRows, options.seed());
        boolean recursive = block.toStep() == Integer.MAX_VALUE;
        return new ExplainableModel(f.alias(), predict, shap, catalog, bg, recursive);
    }

    /** Readable names from the engine's feature descriptions. */
    public static FeatureCatalog catalog(FittedGlobalForecaster f, List<FeatureInfo> infos) {
        List<FeatureLabel> labels = infos.stream()
                .map(i -> new FeatureLabel(i.name(), i.label(), i.family())).toList();
        return FeatureCatalog.of(f.history().frequency(), labels);
    }

    /** Ids of the series whose attribute {@code name} equals {@code value}. */
    public static Set<String> idsWhere(SalesPanel panel, String name, String value) {
        Set<String> out = new HashSet<>();
        for (String id : panel.ids()) {
            if (value.equals(panel.attributes().get(id, name))) {
                out.add(id);
            }
        }
        return out;
    }

    private static FeatureRows forecastRows(FittedGlobalForecaster f, FeatureTable rows) {
        List<FeatureRows.RowKey> keys = new ArrayList<>(rows.rowCount());
        double[][] values = new double[rows.rowCount()][];
        for (int r = 0; r < rows.rowCount(); r++) {
            SalesSeries s = f.history().series().get(rows.seriesIndex(r));
            int step = rows.period(r) - s.length() + 1;
            keys.add(new FeatureRows.RowKey(rows.seriesId(r), rows.date(r), step, Double.NaN));
            values[r] = rows.row(r);
        }
        return new FeatureRows(rows.names(), values, keys);
    }

    /** Per row: the engine's clamping, inverse transform and clamping again, as in its forecasts. */
    private static List<OutputTransform> toSales(FittedGlobalForecaster f, ModelBlock block, FeatureRows rows) {
        boolean nonNegative = f.nonNegative();
        List<OutputTransform> out = new ArrayList<>(rows.size());
        for (FeatureRows.RowKey k : rows.keys()) {
            String id = k.uniqueId();
            OutputTransform t = v -> block.builder().inverse(id, nonNegative && v < 0 ? 0 : v);
            out.add(nonNegative ? t.clampedAtZero() : t);
        }
        return out;
    }
}
