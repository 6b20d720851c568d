package io.salescast.explain;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;

/**
 * Any Tribuo regression model (trees, forests, linear, ensembles, with their own feature
 * transformations) as a {@link PredictFunction}: each row becomes an example with one feature
 * per column, NaN values left out, as the engine builds them; the output is the model's first
 * output dimension.
 */
public final class TribuoPredictFunction implements PredictFunction {

    private final Model<Regressor> model;
    private final List<String> names;

    /**
     * @param model        the model
     * @param featureNames column names of the rows it will be given
     */
    public TribuoPredictFunction(Model<Regressor> model, List<String> featureNames) {
        this.model = model;
        this.names = List.copyOf(featureNames);
    }

    @Override
    public List<String> featureNames() {
        return names;
    }

    @Override
    public double[] predict(double[][] rows) {
        List<Example<Regressor>> examples = new ArrayList<>(rows.length);
        for (double[] r : rows) {
            examples.add(example(r));
        }
        List<Prediction<Regressor>> p = model.predict(examples);
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.get(i).getOutput().getValues()[0];
        }
        return out;
    }

    private Example<Regressor> example(double[] row) {
        int n = 0;
        for (double v : row) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        String[] fn = new String[n];
        double[] fv = new double[n];
        int k = 0;
        for (int j = 0; j < row.length; j++) {
            if (!Double.isNaN(row[j])) {
                fn[k] = names.get(j);
                fv[k++] = row[j];
            }
        }
        return new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, fn, fv);
    }
}
