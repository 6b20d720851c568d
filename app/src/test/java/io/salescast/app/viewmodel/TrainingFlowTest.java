package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.TaskHandle;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import io.salescast.forecast.baseline.SeasonalNaiveForecaster;
import io.salescast.forecast.engine.AliasedForecaster;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.SalesPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models, training and results view models together on the tiny sample store with small,
 * fast models (a real engine run of a few seconds).
 */
class TrainingFlowTest {

    private static RunResult shared;
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 2);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    static void fastSettings(SessionViewModel s, ModelsViewModel m) {
        s.horizonProperty().set(14);
        m.windowsProperty().set(2);
        m.models().forEach(r -> r.selectedProperty().set(java.util.List.of("seasonal_naive", "naive", "xgboost", "ensemble")
                .contains(r.option().type())));
        ModelRow xgb = m.models().stream().filter(r -> r.option().type().equals("xgboost")).findFirst().orElseThrow();
        xgb.param("trees").set("20");
        xgb.param("depth").set("4");
    }

    /** One real training run, shared by the tests that only read results. */
    static synchronized RunResult trainedTiny() throws Exception {
        if (shared == null) {
            BackgroundTasks t = new BackgroundTasks(Runnable::run, 1);
            SessionViewModel s = TestSessions.openTiny(t, new RecordingDialogs());
            ModelsViewModel m = new ModelsViewModel(s, false, false, "test");
            fastSettings(s, m);
            TrainingViewModel vm = new TrainingViewModel(s, m, t, new RecordingDialogs(), ModelCatalog::standard);
            CountDownLatch done = new CountDownLatch(1);
            vm.setOnFinished(done::countDown);
            assertThat(vm.start()).isTrue();
            assertThat(done.await(120, TimeUnit.SECONDS)).as("training finished").isTrue();
            shared = s.resultProperty().get();
            t.close();
        }
        return shared;
    }

    @Test
    void modelsPageProducesSettingsAndRefusesImpossibleOnes() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ModelsViewModel m = new ModelsViewModel(s, false, false, "test");
        fastSettings(s, m);
        EngineSettings es = m.settings();
        assertThat(es.models()).extracting(x -> x.type()).containsExactly("seasonal_naive", "naive", "xgboost", "ensemble");
        assertThat(es.models().get(2).params()).containsEntry("trees", "20");
        assertThat(es.levels()).containsExactly(80, 95);
        assertThat(m.canRun()).isTrue();
        m.models().stream().filter(r -> r.option().type().equals("seasonal_naive")).findFirst().orElseThrow()
                .selectedProperty().set(false);
        assertThat(m.settings().models()).extracting(x -> x.type()).contains("seasonal_naive").as("reference stays");
        m.windowsProperty().set(0);
        assertThat(m.problems()).anyMatch(p -> p.contains("Blends"));
        m.windowsProperty().set(2);
        s.horizonProperty().set(200);
        assertThat(m.problems()).anyMatch(p -> p.contains("backtest needs"));
        s.horizonProperty().set(14);
        m.models().stream().filter(r -> r.option().type().equals("xgboost")).findFirst().orElseThrow().param("trees").set("abc");
        assertThat(m.canRun()).isFalse();
        assertThat(m.problems()).anyMatch(p -> p.contains("Trees must be a number"));
    }

    @Test
    void trainingFillsTheResultsLeaderboardChartAndHorizonChart() throws Exception {
        RunResult r = trainedTiny();
        assertThat(r.result().auto()).isNotNull();
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ResultsViewModel vm = new ResultsViewModel(s, Locale.US);
        s.resultProperty().set(r);
        assertThat(vm.leaderboard()).extracting(LeaderRow::model).contains("seasonal_naive", "naive", "xgboost", "ensemble");
        assertThat(vm.leaderboard()).filteredOn(LeaderRow::baseline).isNotEmpty();
        assertThat(vm.leaderboard()).filteredOn(LeaderRow::recommended).hasSize(1);
        LeaderRow snaive = vm.leaderboard().stream().filter(x -> x.model().equals("seasonal_naive")).findFirst().orElseThrow();
        assertThat(snaive.skill()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(vm.primaryProperty().get()).isEqualTo(EngineSettings.AUTO);
        assertThat(vm.targetProperty().get().isProduct()).isTrue();
        var chart = vm.chartProperty().get();
        assertThat(chart.series()).extracting(x -> x.name()).contains(ForecastCharts.HISTORY_NAME, ForecastCharts.BACKTEST_NAME);
        var forecast = chart.series().get(chart.series().size() - 1);
        assertThat(forecast.pickable()).isTrue();
        assertThat(forecast.y()).hasSize(14);
        assertThat(chart.bands()).extracting(b -> b.name()).containsExactly("95% interval", "80% interval");
        assertThat(vm.horizonChartProperty().get().series()).isNotEmpty();
        assertThat(vm.horizonChartProperty().get().series().get(0).x()).hasSize(14);
        assertThat(vm.summaryProperty().get()).startsWith("Recommended: ").doesNotContain("Added for comparison");
        // baselines the engine added because the models page left them out are named in the summary
        var e = r.result();
        var withReference = new io.salescast.forecast.engine.EngineResult(e.forecasts(), e.backtest(), e.leaderboard(), e.auto(),
                e.autoReason(), e.blends(), e.coverage(), e.fitted(), e.fallbackSeries(), e.timingsMillis(), List.of("naive"));
        s.resultProperty().set(new RunResult(r.settings(), r.seed(), r.panel(), withReference, r.finished(), r.took()));
        assertThat(vm.summaryProperty().get()).contains("Added for comparison: " + vm.label("naive") + ".");
    }

    @Test
    void categoryTotalsSumTheProducts() throws Exception {
        RunResult r = trainedTiny();
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ResultsViewModel vm = new ResultsViewModel(s, Locale.US);
        s.resultProperty().set(r);
        ResultTarget all = vm.targets().get(0);
        assertThat(all.kind()).isEqualTo(ResultTarget.Kind.ALL);
        vm.targetProperty().set(all);
        var fc = vm.chartProperty().get().series().get(vm.chartProperty().get().series().size() - 1);
        double expected = 0;
        for (var sf : r.result().forecasts().series()) {
            expected += sf.column("auto")[0];
        }
        assertThat(fc.y()[0]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(vm.chartProperty().get().bands()).as("intervals do not add up; none for totals").isEmpty();
        assertThat(vm.targets()).anyMatch(t -> t.kind() == ResultTarget.Kind.CATEGORY);
    }

    @Test
    void aNeuralNetworkFeedsTheLiveLossChartOneFitAfterTheOther() throws Exception {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ModelsViewModel m = new ModelsViewModel(s, true, false, "test");
        fastSettings(s, m); // 2 backtest windows: the network is fitted three times
        m.models().stream().filter(r -> r.option().type().equals("lstm")).findFirst().orElseThrow().selectedProperty().set(true);
        TrainingViewModel[] self = new TrainingViewModel[1];
        // A stand-in for the LSTM (no native libraries in this test): seasonal naive that reports three epochs per fit,
        // as NeuralTrainer does through the catalog's TrainingListener.
        ModelCatalog catalog = ModelCatalog.standard().with("lstm", (spec, frequency, horizon) -> new Forecaster() {
            @Override
            public String alias() {
                return spec.alias();
            }

            @Override
            public FittedForecaster fit(SalesPanel panel, FeatureSpec features, TrainContext ctx) {
                List<TrainingCurve.Epoch> epochs = new ArrayList<>();
                for (int e = 1; e <= 3; e++) {
                    epochs.add(new TrainingCurve.Epoch(e, 1.0 / e, 1.2 / e, 0.01, 5));
                    self[0].epochFinished(spec.alias(), new TrainingCurve(epochs, e, "training"));
                }
                return new AliasedForecaster(new SeasonalNaiveForecaster(), spec.alias()).fit(panel, features, ctx);
            }
        });
        TrainingViewModel vm = new TrainingViewModel(s, m, tasks, dialogs, () -> catalog);
        self[0] = vm;
        List<String> titles = new java.util.concurrent.CopyOnWriteArrayList<>();
        vm.liveLossProperty().addListener((o, a, b) -> {
            if (b != null) {
                titles.add(b.title());
            }
        });
        CountDownLatch done = new CountDownLatch(1);
        vm.setOnFinished(done::countDown);
        assertThat(vm.liveLossProperty().get()).isNull();
        assertThat(vm.start()).isTrue();
        assertThat(done.await(120, TimeUnit.SECONDS)).as(dialogs.errors.toString()).isTrue();
        assertThat(titles).hasSize(9);
        assertThat(titles.get(0)).startsWith("lstm, fit 1 of 3 (backtest window 1): epoch 1, training loss 1");
        assertThat(titles.get(3)).startsWith("lstm, fit 2 of 3 (backtest window 2): epoch 1");
        assertThat(titles.get(8)).startsWith("lstm, fit 3 of 3 (final fit): epoch 3");
        LiveLoss last = vm.liveLossProperty().get();
        assertThat(last.curve().epochs()).hasSize(3);
        assertThat(last.curve().bestEpoch()).isEqualTo(3);
        // A new run starts with an empty chart; reports after a run has ended are ignored.
        vm.epochFinished("lstm", last.curve());
        assertThat(titles).hasSize(9);
    }

    @Test
    void cancelLeavesTheProjectAsItWas() throws Exception {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        ModelsViewModel m = new ModelsViewModel(s, false, false, "test");
        fastSettings(s, m);
        m.models().stream().filter(r -> r.option().type().equals("xgboost")).findFirst().orElseThrow().param("trees").set("2000");
        TrainingViewModel vm = new TrainingViewModel(s, m, tasks, dialogs, ModelCatalog::standard);
        var before = s.featureSpecProperty().get();
        assertThat(vm.start()).isTrue();
        Thread.sleep(300);
        long t0 = System.nanoTime();
        vm.cancel();
        assertThat(vm.taskProperty().get().stateProperty().get()).isEqualTo(TaskHandle.State.CANCELLED);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(s.resultProperty().get()).isNull();
        assertThat(s.featureSpecProperty().get()).isEqualTo(before);
        assertThat(vm.statusProperty().get()).contains("Cancelled");
        assertThat(dialogs.errors).isEmpty();
        // the worker stops soon after: the engine checks the token between steps
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!tasks.active().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(tasks.active()).isEmpty();
        assertThat(vm.start()).as("a new run can start").isTrue();
        vm.cancel();
    }
}
