package io.salescast.bench;

import io.salescast.evaluation.Leaderboard;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;

import java.util.ArrayList;
import java.util.List;

/** Developer run: the engine on the sample store with models from the arguments. */
public final class EngineQuickRun {

    private EngineQuickRun() {
    }

    /** Runs. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        SalesPanel panel = SampleStore.generate(SampleOptions.sample()).panel();
        System.out.printf("sample: %d series, %d rows, covariates %s, attributes %s, generated in %d ms%n", panel.size(),
                panel.rowCount(), panel.covariateNames(), panel.attributes().names(), (System.nanoTime() - t0) / 1_000_000);
        List<ModelSpec> models = new ArrayList<>();
        for (String a : args) {
            models.add(ModelSpec.parse(a));
        }
        EngineSettings s = EngineSettings.defaults(panel.frequency(), 28);
        if (!models.isEmpty()) {
            s = s.withModels(models);
        }
        EngineResult r = new ForecastEngine(s, ModelCatalog.standard()).run(panel, null, TrainContext.defaults(42)
                .withProgress((stage, f, m) -> { }));
        for (Leaderboard.Row row : r.leaderboard().rows()) {
            System.out.printf("%-18s WAPE %.4f  MASE %.4f  skillWAPE %+.3f skillMASE %+.3f%s%n", row.model(), row.overall().wape(),
                    row.overall().mase(), row.skillWape(), row.skillMase(), row.failure() == null ? "" : " FAILED " + row.failure());
        }
        r.coverage().forEach(c -> System.out.println(c));
        System.out.println("auto: " + r.autoReason());
        System.out.println("blends: " + r.blends());
        System.out.println("timings: " + r.timingsMillis());
    }
}
