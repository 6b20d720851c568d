package io.salescast.app.bench;

import io.salescast.app.viewmodel.TrainingPlan;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long "Open sample store" takes to a trained forecast with the quick-start settings:
 * {@code java -cp ... io.salescast.app.bench.SampleTrainingBench}. Figures go to the log.
 */
public final class SampleTrainingBench {

    private static final Logger LOG = LoggerFactory.getLogger(SampleTrainingBench.class);

    private SampleTrainingBench() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        SalesPanel panel = SampleStore.generate(SampleOptions.sample()).panel();
        long t1 = System.nanoTime();
        EngineSettings settings = TrainingPlan.quickStart(panel.frequency());
        EngineResult r = new ForecastEngine(settings, ModelCatalog.standard()).run(panel, null,
                TrainContext.defaults(42).withProgress((s, f, m) -> { }));
        long t2 = System.nanoTime();
        LOG.warn("sample: generate {} ms, train {} ms ({} series, timings {}), auto = {}", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, panel.size(), r.timingsMillis(), r.auto());
    }
}
