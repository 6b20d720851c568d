package io.salescast.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rows permutation importance is scored on (those with an actual value, sampled down to the
 * row budget), and the error of a set of predictions on them in sales units.
 *
 * @param x       feature rows
 * @param actual  actual sales per row
 * @param toSales per-row map to sales units
 * @param metric  error measure
 */
record Scorer(double[][] x, double[] actual, OutputTransform[] toSales, PermutationImportance.Metric metric) {

    static Scorer of(FeatureRows rows, List<OutputTransform> toSales, PermutationImportance.Options options) {
        if (toSales != null && toSales.size() != rows.size()) {
            throw new IllegalArgumentException(toSales.size() + " transforms for " + rows.size() + " rows");
        }
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!Double.isNaN(rows.keys().get(i).actual())) {
                known.add(i);
            }
        }
        if (known.size() < 10) {
            throw new IllegalArgumentException("permutation importance needs at least 10 rows with actual sales, got "
                    + known.size());
        }
        if (known.size() > options.maxRows()) {
            java.util.Collections.shuffle(known, new Random(options.seed()));
            known = new ArrayList<>(known.subList(0, options.maxRows()));
            known.sort(null);
        }
        double[][] x = new double[known.size()][];
        double[] y = new double[known.size()];
        OutputTransform[] t = new OutputTransform[known.size()];
        for (int k = 0; k < known.size(); k++) {
            int i = known.get(k);
            x[k] = rows.values()[i];
            y[k] = rows.keys().get(i).actual();
            t[k] = toSales == null ? OutputTransform.identity() : toSales.get(i);
        }
        return new Scorer(x, y, t, options.metric());
    }

    /** Error of model-space predictions, in sales units. */
    double error(double[] modelPredictions) {
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = toSales[i].toSales(modelPredictions[i]) - actual[i];
            s += metric == PermutationImportance.Metric.MAE ? Math.abs(e) : e * e;
        }
        s /= actual.length;
        return metric == PermutationImportance.Metric.MAE ? s : Math.sqrt(s);
    }
}
