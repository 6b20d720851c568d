package io.salescast.forecast.global;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureFamily;
import io.salescast.features.FeatureInfo;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.RealInfo;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The direct path ({@link FeatureTableDataset} + {@link TableXGBoostTrainer}) must train exactly
 * the model Tribuo's stock path ({@code MutableDataset} + {@code XGBoostRegressionTrainer}) trains
 * on the same rows with the same parameters: same feature domain and ids, same examples, and the
 * same predictions to the last bit.
 */
class TableXGBoostTrainerTest {

    private static FeatureTable table;
    private static Map<String, Object> params;

    @BeforeAll
    static void buildTable() {
        SalesPanel panel = SampleStore.generate(new SampleOptions(5, 12, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false))
                .panel();
        table = FeatureBuilder.create(FeatureSpec.defaults(panel.frequency()), panel, 14).trainingTable(panel, 0);
        GlobalModelSettings s = GlobalModelSettings.from(ModelSpec.of("xgboost").withParam("trees", 30), panel.frequency());
        params = TribuoTrainers.xgboostParameters(s, new TrainContext(3, Device.CPU, 2, null, null));
    }

    @Test
    void featureDomainAndIdsMatchTribuosMutableDataset() {
        MutableDataset<Regressor> tribuo = TribuoData.dataset(table, "t");
        FeatureTableDataset direct = FeatureTableDataset.of(table, "t");
        ImmutableFeatureMap a = tribuo.getFeatureIDMap();
        ImmutableFeatureMap b = direct.getFeatureIDMap();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(b.size()).isEqualTo(table.columnCount());
        for (String name : a.keySet()) {
            VariableIDInfo x = a.get(name);
            VariableIDInfo y = b.get(name);
            assertThat(y.getID()).as(name).isEqualTo(x.getID());
            assertThat(y.getCount()).as(name).isEqualTo(x.getCount());
        }
        // Where Tribuo itself keeps real statistics (high-cardinality features), they agree.
        int compared = 0;
        for (VariableInfo info : tribuo.getFeatureMap()) {
            if (info instanceof RealInfo r) {
                RealInfo d = (RealInfo) direct.getFeatureMap().get(info.getName());
                assertThat(d.getMin()).as(info.getName()).isEqualTo(r.getMin());
                assertThat(d.getMax()).as(info.getName()).isEqualTo(r.getMax());
                assertThat(d.getMean()).as(info.getName()).isCloseTo(r.getMean(), within(1e-9 * (1 + Math.abs(r.getMean()))));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(direct.size()).isEqualTo(tribuo.size());
        assertThat(direct.getOutputIDInfo().size()).isEqualTo(1);
        assertThat(direct.getOutputInfo().getUnknownCount()).isZero();
    }

    @Test
    void examplesAreCreatedOnDemandAndEqualTribuos() {
        MutableDataset<Regressor> tribuo = TribuoData.dataset(table, "t");
        FeatureTableDataset direct = FeatureTableDataset.of(table, "t");
        Iterator<Example<Regressor>> it = direct.iterator();
        int n = 0;
        for (Example<Regressor> expected : tribuo) {
            Example<Regressor> got = it.next();
            assertThat(features(got)).isEqualTo(features(expected));
            assertThat(got.getOutput().getValues()).isEqualTo(expected.getOutput().getValues());
            n++;
        }
        assertThat(it.hasNext()).isFalse();
        assertThat(n).isEqualTo(table.rowCount());
        assertThat(features(direct.getData().get(17))).isEqualTo(features(tribuo.getExample(17)));
        assertThat(features(direct.getExample(3))).isEqualTo(features(tribuo.getExample(3)));
        direct.shuffle(true);
        List<Double> targets = new ArrayList<>();
        direct.forEach(e -> targets.add(e.getOutput().getValues()[0]));
        assertThat(targets).hasSize(table.rowCount());
        assertThatThrownBy(() -> direct.getExample(table.rowCount())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trainsBitForBitTheModelOfTribuosOwnTrainer() {
        XGBoostRegressionTrainer.RegressionType type = XGBoostRegressionTrainer.RegressionType.TWEEDIE;
        Model<Regressor> stock = new XGBoostRegressionTrainer(type, 30, params).train(TribuoData.dataset(table, "t"));
        List<String> rounds = new ArrayList<>();
        Model<Regressor> direct = new TableXGBoostTrainer(type, 30, params, (done, total) -> rounds.add(done + "/" + total))
                .train(FeatureTableDataset.of(table, "t"));
        assertThat(rounds).hasSize(30).startsWith("1/30", "2/30").endsWith("30/30");
        Model<Regressor> generic = new TableXGBoostTrainer(type, 30, params).train(TribuoData.dataset(table, "t"));
        double[] expected = predict(stock);
        assertThat(predict(direct)).containsExactly(expected);
        assertThat(predict(generic)).containsExactly(expected);
        assertThat(direct).isInstanceOf(XGBoostModel.class);
        assertThat(direct.getFeatureIDMap().keySet()).isEqualTo(stock.getFeatureIDMap().keySet());
        assertThat(java.util.Arrays.stream(expected).distinct().count()).as("a real model, not a constant").isGreaterThan(100);
    }

    @Test
    void aListenerThatThrowsStopsTrainingBetweenTrees() {
        int[] calls = {0};
        TableXGBoostTrainer trainer = new TableXGBoostTrainer(XGBoostRegressionTrainer.RegressionType.TWEEDIE, 500, params,
                (done, total) -> {
                    calls[0]++;
                    if (done == 5) {
                        throw new CancelledException();
                    }
                });
        assertThatThrownBy(() -> trainer.train(FeatureTableDataset.of(table, "t"))).isInstanceOf(CancelledException.class);
        assertThat(calls[0]).isEqualTo(5);
    }

    @Test
    void globalForecasterReportsTreesAndStopsWhenCancelledDuringTraining() {
        SalesPanel panel = SampleStore.generate(new SampleOptions(5, 12, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false))
                .panel();
        CancellationToken token = new CancellationToken();
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        ProgressListener progress = (stage, fraction, message) -> {
            messages.add(message);
            fractions.add(fraction);
            if (message.contains("tree ")) {
                token.cancel(); // cancel while the trees are being added (first report: a tenth of the trees)
            }
        };
        ModelSpec spec = ModelSpec.of("xgboost").withParam("trees", 2000).withParam("depth", 6);
        GlobalForecaster f = new GlobalForecaster(spec, GlobalModelSettings.from(spec, panel.frequency()), 7);
        assertThatThrownBy(() -> f.fit(panel, FeatureSpec.defaults(panel.frequency()), new TrainContext(1, Device.CPU, 1, progress, token)))
                .isInstanceOf(CancelledException.class);
        String last = messages.get(messages.size() - 1);
        assertThat(last).matches("training on \\d+ rows: tree 200 of 2000");
        assertThat(fractions).isSorted().allMatch(v -> v >= 0 && v <= 1);
    }

    @Test
    void savedModelLoadsWithItsProvenanceAndPredictsTheSame(@TempDir Path dir) throws Exception {
        Model<Regressor> direct = new TableXGBoostTrainer(XGBoostRegressionTrainer.RegressionType.TWEEDIE, 20, params)
                .train(FeatureTableDataset.of(table, "saved"));
        Path file = dir.resolve("m.tribuo");
        direct.serializeToFile(file);
        @SuppressWarnings("unchecked")
        Model<Regressor> loaded = (Model<Regressor>) Model.deserializeFromFile(file);
        assertThat(predict(loaded)).containsExactly(predict(direct));
        String prov = loaded.getProvenance().toString();
        assertThat(prov).contains(TableXGBoostTrainer.class.getName()).contains("reg:tweedie")
                .contains(FeatureTableDataset.class.getName()).contains("saved");
    }

    @Test
    void columnWithoutAnyValueIsLeftOutAsTribuoDoes(@TempDir Path dir) throws Exception {
        int n = 6;
        double[] empty = new double[n];
        java.util.Arrays.fill(empty, Double.NaN);
        double[] zeros = new double[n];
        double[] x = {1, 2, 3, Double.NaN, 5, 6};
        FeatureTable t = new FeatureTable(
                List.of(info("a_empty"), info("b_zero"), info("c_x")), new double[][] {empty, zeros, x},
                List.of("s"), new int[n], new int[] {0, 1, 2, 3, 4, 5}, new long[] {0, 1, 2, 3, 4, 5},
                new double[] {1, 2, 3, 4, 5, 6});
        FeatureTableDataset direct = FeatureTableDataset.of(t, "t");
        MutableDataset<Regressor> tribuo = TribuoData.dataset(t, "t");
        assertThat(direct.getFeatureIDMap().keySet()).isEqualTo(tribuo.getFeatureIDMap().keySet()).containsExactly("b_zero", "c_x");
        assertThat(direct.getFeatureIDMap().getID("c_x")).isEqualTo(tribuo.getFeatureIDMap().getID("c_x"));
        assertThat(direct.getFeatureIDMap().get("b_zero").getCount()).isZero();
        assertThat(features(direct.getExample(3))).isEqualTo(features(tribuo.getExample(3))).containsExactly("b_zero=0.0");
        // A model trained on it (with an all-zero feature in its domain) saves and loads.
        Map<String, Object> p = new java.util.HashMap<>(params);
        p.put("min_child_weight", 0);
        Model<Regressor> m = new TableXGBoostTrainer(XGBoostRegressionTrainer.RegressionType.TWEEDIE, 3, p).train(direct);
        m.serializeToFile(dir.resolve("tiny.tribuo"));
        Model<?> loaded = Model.deserializeFromFile(dir.resolve("tiny.tribuo"));
        assertThat(loaded.getFeatureIDMap().keySet()).containsExactly("b_zero", "c_x");
    }

    @Test
    void rowsWithoutTargetAreRefused() {
        FeatureTable t = new FeatureTable(List.of(info("x")), new double[][] {{1, 2}}, List.of("s"), new int[2],
                new int[] {0, 1}, new long[] {0, 1}, new double[] {1, Double.NaN});
        assertThatThrownBy(() -> FeatureTableDataset.of(t, "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
    }

    @Test
    void objectiveMustAgreeWithTheRegressionType() {
        Map<String, Object> p = new java.util.HashMap<>(params);
        p.put("objective", "reg:squarederror");
        assertThatThrownBy(() -> new TableXGBoostTrainer(XGBoostRegressionTrainer.RegressionType.TWEEDIE, 5, p))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FeatureInfo info(String name) {
        return new FeatureInfo(name, name, FeatureFamily.values()[0]);
    }

    private static double[] predict(Model<Regressor> model) {
        List<Prediction<Regressor>> preds = model.predict(TribuoData.examples(table));
        double[] out = new double[preds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = preds.get(i).getOutput().getValues()[0];
        }
        return out;
    }

    private static List<String> features(Example<Regressor> e) {
        List<String> out = new ArrayList<>();
        for (Feature f : e) {
            out.add(f.getName() + "=" + f.getValue());
        }
        return out;
    }
}
