package io.salescast.explain;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.util.ArrayList;
import java.util.List;

/** Trains small Tribuo models on test data and predicts through Tribuo itself. */
final class TribuoFixtures {

    private static final RegressionFactory FACTORY = new RegressionFactory();

    private TribuoFixtures() {
    }

    static MutableDataset<Regressor> dataset(List<String> names, double[][] x, double[] y) {
        MutableDataset<Regressor> ds = new MutableDataset<>(new SimpleDataSourceProvenance("test", FACTORY), FACTORY);
        for (int i = 0; i < x.length; i++) {
            ds.add(example(names, x[i], y[i]));
        }
        return ds;
    }

    static Example<Regressor> example(List<String> names, double[] row, double target) {
        List<String> n = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int j = 0; j < row.length; j++) {
            if (!Double.isNaN(row[j])) {
                n.add(names.get(j));
                v.add(row[j]);
            }
        }
        return new ArrayExample<>(new Regressor("y", target), n.toArray(String[]::new),
                v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static XGBoostModel<Regressor> xgboost(List<String> names, double[][] x, double[] y, int trees) {
        return xgboost(names, x, y, trees, XGBoostRegressionTrainer.RegressionType.LINEAR);
    }

    @SuppressWarnings("unchecked")
    static XGBoostModel<Regressor> xgboost(List<String> names, double[][] x, double[] y, int trees,
                                           XGBoostRegressionTrainer.RegressionType type) {
        XGBoostRegressionTrainer trainer = new XGBoostRegressionTrainer(type, trees, 1, true);
        return (XGBoostModel<Regressor>) trainer.train(dataset(names, x, y));
    }

    static double[] predictWithTribuo(Model<Regressor> model, List<String> names, double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Prediction<Regressor> p = model.predict(example(names, x[i], 0));
            out[i] = p.getOutput().getValues()[0];
        }
        return out;
    }
}
