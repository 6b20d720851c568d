package io.salescast.forecast.global;

import io.salescast.features.FeatureTable;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts {@link FeatureTable} rows into Tribuo examples: one feature per column, named as the
 * column; {@code NaN} values are left out (XGBoost treats them as missing, the other trainers as
 * zero after their own transformations). The output is the table's transformed target, named
 * {@value #OUTPUT}.
 */
public final class TribuoData {

    /** Name of the regression output dimension. */
    public static final String OUTPUT = "y";

    private static final RegressionFactory FACTORY = new RegressionFactory();
    /** Fixed timestamp so that identical data gives identical provenance. */
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private TribuoData() {
    }

    /** A training dataset of every row of the table (rows with unknown target are refused). */
    public static MutableDataset<Regressor> dataset(FeatureTable table, String description) {
        return dataset(table, description, false);
    }

    /**
     * A training dataset of every row of the table; with {@code dropConstant}, columns with a
     * single value over all rows are left out (standardising them would divide by zero; the
     * model then ignores them at prediction time).
     */
    public static MutableDataset<Regressor> dataset(FeatureTable table, String description, boolean dropConstant) {
        List<Example<Regressor>> examples = new ArrayList<>(table.rowCount());
        String[] names = table.names().toArray(String[]::new);
        if (dropConstant) {
            for (int j = 0; j < names.length; j++) {
                if (isConstant(table.column(j))) {
                    names[j] = null;
                }
            }
        }
        for (int r = 0; r < table.rowCount(); r++) {
            double y = table.target(r);
            if (Double.isNaN(y)) {
                throw new IllegalArgumentException("row " + r + " has no target");
            }
            examples.add(example(table, r, names, new Regressor(OUTPUT, y)));
        }
        SimpleDataSourceProvenance prov = new SimpleDataSourceProvenance(description, EPOCH, FACTORY);
        return new MutableDataset<>(new ListDataSource<>(examples, FACTORY, prov));
    }

    /** Examples (without output) for prediction, one per row. */
    public static List<Example<Regressor>> examples(FeatureTable table) {
        String[] names = table.names().toArray(String[]::new);
        List<Example<Regressor>> out = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            out.add(example(table, r, names, RegressionFactory.UNKNOWN_REGRESSOR));
        }
        return out;
    }

    private static boolean isConstant(double[] column) {
        double first = Double.NaN;
        for (double v : column) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }

    /** The example of one row with the given output (NaN features and null names left out). */
    public static Example<Regressor> example(FeatureTable table, int row, String[] names, Regressor output) {
        int n = 0;
        for (int j = 0; j < names.length; j++) {
            if (names[j] != null && !Double.isNaN(table.value(row, j))) {
                n++;
            }
        }
        String[] fn = new String[n];
        double[] fv = new double[n];
        int k = 0;
        for (int j = 0; j < names.length; j++) {
            double v = table.value(row, j);
            if (names[j] != null && !Double.isNaN(v)) {
                fn[k] = names[j];
                fv[k++] = v;
            }
        }
        return new ArrayExample<>(output, fn, fv);
    }
}
