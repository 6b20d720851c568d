package io.salescast.bench;

import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureTable;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.global.GlobalModelSettings;
import io.salescast.forecast.global.TribuoData;
import io.salescast.forecast.global.TribuoTrainers;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.regression.Regressor;

/** Developer profile of one global fit on the sample store: features, dataset, training. */
public final class FitProfile {

    private FitProfile() {
    }

    /** Runs. */
    public static void main(String[] args) {
        SalesPanel panel = SampleStore.generate(SampleOptions.sample()).panel();
        ModelSpec spec = ModelSpec.parse(args.length > 0 ? args[0] : "xgboost");
        GlobalModelSettings s = GlobalModelSettings.from(spec, panel.frequency());
        TrainContext ctx = TrainContext.defaults(42);
        long t0 = System.nanoTime();
        FeatureBuilder b = FeatureBuilder.create(FeatureSpec.defaults(panel.frequency()), panel, 28);
        FeatureTable table = b.trainingTable(panel, s.trainWindow());
        long t1 = System.nanoTime();
        MutableDataset<Regressor> data = TribuoData.dataset(table, "x");
        long t2 = System.nanoTime();
        Model<Regressor> m = TribuoTrainers.create(s, ctx).train(data);
        long t3 = System.nanoTime();
        System.out.printf("rows %d x %d features: features %d ms, dataset %d ms, train %d ms (threads %d)%n", table.rowCount(),
                table.columnCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, ctx.threads());
        System.out.println(table.names());
    }
}
