package io.salescast.forecast.global;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import io.salescast.features.FeatureTable;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.FeatureMap;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.OutputInfo;
import org.tribuo.RealInfo;
import org.tribuo.protos.core.DatasetProto;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.util.Util;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A Tribuo {@link Dataset} over the primitive columns of a {@link FeatureTable}, without
 * materialising a Tribuo {@code Example} per row.
 *
 * <p>{@link TribuoData#dataset} builds a {@code MutableDataset}: one {@code ArrayExample} per row,
 * a named {@code Feature} per value, and a hash-map update of the feature domain per value. For a
 * 250,000 x 54 training matrix that costs about as much CPU as training XGBoost on it, and
 * Tribuo's XGBoost trainer then converts those examples back into a matrix through boxed lists.
 * This class computes the same feature and output domains in one pass over the columns, and
 * {@link TableXGBoostTrainer} builds XGBoost's CSR matrix straight from them ({@link #toDMatrix}).
 *
 * <p>It is still a complete, read-only Tribuo dataset: iterating it, {@link #getExample} and
 * {@link #getData} create the examples on demand (identical to {@link TribuoData#example}), so any
 * Tribuo trainer accepts it. Differences from {@code MutableDataset}, all outside what XGBoost
 * uses: every feature's domain entry is a {@link RealInfo} (Tribuo starts low-cardinality
 * features as categorical infos), and {@link #serialize()} writes a {@code MutableDataset}.
 *
 * <p>As in {@link TribuoData}, {@code NaN} values are missing (left out of the examples and of
 * the matrix) and rows without a target are refused. Domain statistics follow Tribuo's
 * {@code RealInfo}: zeros are present in the examples but not counted.
 */
public final class FeatureTableDataset extends Dataset<Regressor> {

    private static final long serialVersionUID = 1L;
    private static final RegressionFactory FACTORY = new RegressionFactory();
    /** Fixed timestamp so that identical data gives identical provenance (as in TribuoData). */
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final transient FeatureTable table;
    private final String description;
    /** Feature name of each table column, in table order; null for a column without any value. */
    private final String[] names;
    /** Tribuo feature id of each table column (ids are assigned in name order), -1 when left out. */
    private final int[] ids;
    private final MutableFeatureMap featureMap;
    private final ImmutableFeatureMap featureIDMap;
    private final MutableOutputInfo<Regressor> outputInfo;
    private final ImmutableOutputInfo<Regressor> outputIDInfo;

    private FeatureTableDataset(FeatureTable table, String description) {
        super(new SimpleDataSourceProvenance(description, EPOCH, FACTORY), FACTORY);
        this.table = table;
        this.description = description;
        this.names = table.names().toArray(String[]::new);
        this.featureMap = new MutableFeatureMap();
        for (int j = 0; j < names.length; j++) {
            RealInfo info = columnInfo(names[j], table.column(j));
            if (info == null) {
                names[j] = null; // never observed: not in a MutableDataset's domain either
            } else {
                featureMap.put(info);
            }
        }
        this.featureIDMap = new ImmutableFeatureMap(featureMap);
        this.ids = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            ids[j] = names[j] == null ? -1 : featureIDMap.getID(names[j]);
        }
        this.outputInfo = FACTORY.generateInfo();
        for (int r = 0; r < table.rowCount(); r++) {
            double y = table.target(r);
            if (Double.isNaN(y)) {
                throw new IllegalArgumentException("row " + r + " has no target");
            }
            outputInfo.observe(new Regressor(TribuoData.OUTPUT, y));
        }
        this.outputIDInfo = outputInfo.generateImmutableOutputInfo();
    }

    /**
     * A dataset of every row of the table.
     *
     * @throws IllegalArgumentException when a row has no target
     */
    public static FeatureTableDataset of(FeatureTable table, String description) {
        return new FeatureTableDataset(table, description);
    }

    /** The table the dataset reads. */
    public FeatureTable table() {
        return table;
    }

    /**
     * The rows as XGBoost's CSR matrix with labels and unit weights (what Tribuo's XGBoost trainer
     * builds from the examples): column index = Tribuo feature id, {@code NaN} left out.
     */
    public DMatrix toDMatrix() throws XGBoostError {
        int n = table.rowCount();
        // Table columns in feature-id order (columns without any value have no id and are skipped).
        int[] order = IntStream.range(0, names.length).filter(j -> ids[j] >= 0).boxed()
                .sorted((a, b) -> Integer.compare(ids[a], ids[b])).mapToInt(Integer::intValue).toArray();
        int m = order.length;
        double[][] cols = new double[m][];
        for (int k = 0; k < m; k++) {
            cols[k] = table.column(order[k]);
        }
        long[] head = new long[n + 1];
        long nnz = 0;
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < m; k++) {
                if (!Double.isNaN(cols[k][r])) {
                    nnz++;
                }
            }
            if (nnz == head[r]) {
                throw new IllegalArgumentException("row " + r + " has no feature values");
            }
            head[r + 1] = nnz;
        }
        if (nnz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the feature matrix has too many values for XGBoost's Java binding: " + nnz);
        }
        int[] idx = new int[(int) nnz];
        float[] val = new float[(int) nnz];
        float[] label = new float[n];
        int p = 0;
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < m; k++) {
                double v = cols[k][r];
                if (!Double.isNaN(v)) {
                    idx[p] = ids[order[k]];
                    val[p++] = (float) v;
                }
            }
            label[r] = (float) table.target(r);
        }
        float[] weight = new float[n];
        Arrays.fill(weight, 1f);
        DMatrix dm = new DMatrix(head, idx, val, DMatrix.SparseType.CSR, featureIDMap.size());
        dm.setLabel(label);
        dm.setWeight(weight);
        return dm;
    }

    /**
     * The domain entry of one column, with the statistics Tribuo's {@code RealInfo} keeps, or null
     * when every value is missing.
     */
    private static RealInfo columnInfo(String name, double[] column) {
        boolean present = false;
        int count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        double sumSquares = 0;
        for (double v : column) {
            if (Double.isNaN(v)) {
                continue;
            }
            present = true;
            if (v == 0.0) {
                continue;
            }
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            double delta = v - mean;
            mean += delta / count;
            sumSquares += delta * (v - mean);
        }
        if (!present) {
            return null;
        }
        if (count == 0) {
            // Only zeros: Tribuo counts no observation; min = max = mean = 0 keeps the info valid when saved and loaded.
            return new RealInfo(name, 0, 0, 0, 0, 0);
        }
        // Rounding of the running mean can leave it a hair outside [min, max] for constant columns.
        mean = Math.max(min, Math.min(max, mean));
        return new RealInfo(name, count, max, min, mean, sumSquares);
    }

    @Override
    public int size() {
        return table.rowCount();
    }

    @Override
    public Example<Regressor> getExample(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("Example index " + index + " is out of bounds.");
        }
        return TribuoData.example(table, index, names, new Regressor(TribuoData.OUTPUT, table.target(index)));
    }

    /** A read-only view whose elements are created on access. */
    @Override
    public List<Example<Regressor>> getData() {
        return new AbstractList<>() {
            @Override
            public Example<Regressor> get(int index) {
                return getExample(index);
            }

            @Override
            public int size() {
                return FeatureTableDataset.this.size();
            }
        };
    }

    @Override
    public synchronized void shuffle(boolean shuffle) {
        indices = shuffle ? Util.randperm(size(), rng) : null;
    }

    @Override
    public synchronized Iterator<Example<Regressor>> iterator() {
        int[] order = indices;
        int n = size();
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Example<Regressor> next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                int row = order == null ? i : order[i];
                i++;
                return getExample(row);
            }
        };
    }

    @Override
    public Set<Regressor> getOutputs() {
        return outputInfo.getDomain();
    }

    @Override
    public ImmutableOutputInfo<Regressor> getOutputIDInfo() {
        return outputIDInfo;
    }

    @Override
    public OutputInfo<Regressor> getOutputInfo() {
        return outputInfo;
    }

    @Override
    public ImmutableFeatureMap getFeatureIDMap() {
        return featureIDMap;
    }

    @Override
    public FeatureMap getFeatureMap() {
        return featureMap;
    }

    @Override
    public DatasetProvenance getProvenance() {
        return new DatasetProvenance(sourceProvenance, new ListProvenance<>(), this);
    }

    /** Serialises as the equivalent {@code MutableDataset} (the examples are materialised). */
    @Override
    public DatasetProto serialize() {
        return TribuoData.dataset(table, description).serialize();
    }

    @Override
    public String toString() {
        return "FeatureTableDataset(description=" + description + ",rows=" + size() + ",features=" + names.length + ")";
    }
}
