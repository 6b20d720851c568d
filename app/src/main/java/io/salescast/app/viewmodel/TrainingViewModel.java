package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.TaskHandle;
import io.salescast.app.infra.UserError;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.TrainingCurve;
import io.salescast.forecast.engine.EngineResult;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.forecast.engine.ForecastEngine;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.series.SalesPanel;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Training in the background: one progress bar per stage, elapsed and remaining time, the log,
 * and Cancel, which frees the UI at once and leaves the project as it was.
 */
public final class TrainingViewModel {

    private final SessionViewModel session;
    private final ModelsViewModel models;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Supplier<ModelCatalog> catalog;
    private final ObjectProperty<TaskHandle> task = new SimpleObjectProperty<>();
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("Not started");
    private final StringProperty timing = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty running = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable onFinished = () -> { };
    private double backtestShare;
    private double overall;
    private java.util.Map<String, Double> topProgress = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObjectProperty<LiveLoss> liveLoss = new SimpleObjectProperty<>();
    private final java.util.Map<String, Integer> fitsSeen = new java.util.HashMap<>();
    private int fitsPlanned = 1;
    /** Whether epochs are expected (from just before a run starts until it ends). */
    private volatile boolean curvesOpen;

    /**
     * @param catalog the model catalog (core's, plus neural models when available), created on first use
     */
    public TrainingViewModel(SessionViewModel session, ModelsViewModel models, BackgroundTasks tasks, DialogService dialogs,
                             Supplier<ModelCatalog> catalog) {
        this.session = session;
        this.models = models;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.catalog = catalog;
    }

    /** Called on the UI thread after a successful run. */
    public void setOnFinished(Runnable r) {
        onFinished = r == null ? () -> { } : r;
    }

    /** Whether a run is in progress. */
    public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Stages seen so far, each with its progress. */
    public ObservableList<StageRow> stages() {
        return stages;
    }

    /** Progress messages. */
    public ObservableList<String> log() {
        return log;
    }

    /** One line: running, done, cancelled or failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** "Elapsed 0:42 min · about 0:30 min left". */
    public ReadOnlyStringProperty timingProperty() {
        return timing;
    }

    /** The current or last task, or null. */
    public ObjectProperty<TaskHandle> taskProperty() {
        return task;
    }

    /** The loss curve of the neural network training now (or last), or null when none trained in this run. */
    public javafx.beans.property.ReadOnlyObjectProperty<LiveLoss> liveLossProperty() {
        return liveLoss;
    }

    /**
     * A network finished an epoch (called on the training thread; the update reaches the UI
     * thread through the task executor's UI side). A curve with one epoch starts a new fit.
     */
    public void epochFinished(String model, TrainingCurve curve) {
        tasks.uiExecutor().execute(() -> {
            if (!curvesOpen) {
                return; // a late report from a cancelled run
            }
            int fit = curve.epochs().size() == 1 ? fitsSeen.merge(model, 1, Integer::sum) : fitsSeen.getOrDefault(model, 1);
            liveLoss.set(new LiveLoss(model, fit, fitsPlanned, curve));
        });
    }

    /** Whether a run can start now. */
    public boolean canStart() {
        return session.panelProperty().get() != null && !running.get() && models.canRun();
    }

    /**
     * Starts training with the Models page's settings. Returns false (and says why) when the
     * settings cannot run.
     */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        models.validate();
        if (!models.canRun()) {
            dialogs.showError(new UserError("Cannot start training", String.join("\n", models.problems()),
                    "Change the settings on the Models page.", null));
            return false;
        }
        SalesPanel panel = session.panelProperty().get();
        if (panel == null) {
            return false;
        }
        EngineSettings settings = models.settings();
        TrainContext base = models.context();
        stages.clear();
        log.clear();
        liveLoss.set(null);
        fitsSeen.clear();
        fitsPlanned = settings.windows() + 1;
        curvesOpen = true;
        status.set("Training " + settings.models().size() + " models on " + panel.size() + " products…");
        Instant started = Instant.now();
        java.util.Map<String, Double> top = new java.util.concurrent.ConcurrentHashMap<>();
        topProgress = top;
        TaskHandle h = tasks.submit("Training", (progress, cancel) -> {
            io.salescast.core.ProgressListener tracked = (st, f, m) -> {
                if (st != null && !st.startsWith("train ")) {
                    top.put(st, f);
                }
                progress.progress(st, f, m);
            };
            TrainContext ctx = new TrainContext(base.seed(), base.device(), base.threads(), tracked, cancel);
            EngineResult r = new ForecastEngine(settings, catalog.get()).run(panel, null, ctx);
            return new RunResult(settings, base.seed(), panel, r, Instant.now(), Duration.between(started, Instant.now()));
        }, r -> {
            session.resultProperty().set(r);
            session.markDirty();
            status.set("Done in " + Formats.duration(r.took()) + ". Recommended: " + (r.result().auto() == null ? "–"
                    : r.result().autoReason()));
            stages.forEach(s -> s.progressProperty().set(1));
            onFinished.run();
        }, e -> {
            status.set("Training failed: " + UserError.from("train the models", e).message());
            dialogs.showError(UserError.from("train the models", e));
        });
        task.set(h);
        if (settings.windows() > 0) {
            stages.add(new StageRow("backtest"));
        }
        stages.add(new StageRow("final fit"));
        backtestShare = settings.windows() / (settings.windows() + 1.0);
        overall = 0;
        javafx.beans.InvalidationListener update = o -> update(h);
        h.stageProperty().addListener(update);
        h.progressProperty().addListener(update);
        h.messageProperty().addListener(update);
        h.log().addListener((javafx.collections.ListChangeListener<String>) c -> log.setAll(h.log()));
        running.set(h.isRunning());
        h.stateProperty().addListener((o, a, b) -> {
            running.set(b == TaskHandle.State.RUNNING);
            curvesOpen = b == TaskHandle.State.RUNNING;
            if (b == TaskHandle.State.CANCELLED) {
                status.set("Cancelled. The project is unchanged" + (session.resultProperty().get() == null ? "."
                        : "; the previous results are kept."));
            }
            tick();
        });
        return true;
    }

    private void update(TaskHandle h) {
        String st = h.stageProperty().get();
        double f = Math.max(0, h.progressProperty().get());
        String msg = h.messageProperty().get();
        if (st == null || st.isBlank()) {
            return;
        }
        if (st.startsWith("train ")) {
            topProgress.forEach((k, v) -> stage(k).progressProperty().set(Math.max(0, v)));
            StageRow top = current();
            if (top != null) {
                top.detailProperty().set(st.substring(6) + (msg == null || msg.isBlank() ? "" : ": " + msg));
            }
            return;
        }
        StageRow row = stage(st);
        row.detailProperty().set(msg == null ? "" : msg);
        topProgress.forEach((k, v) -> stage(k).progressProperty().set(Math.max(0, v)));
        double bt = topProgress.getOrDefault("backtest", 0.0);
        double ff = topProgress.getOrDefault("final fit", 0.0);
        overall = bt * backtestShare + ff * (1 - backtestShare);
    }

    private StageRow current() {
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (stages.get(i).progressProperty().get() > 0 || i == 0) {
                return stages.get(i);
            }
        }
        return null;
    }

    /** Fraction of the whole run done, from the stages' progress. */
    public double overallProgress() {
        return overall;
    }

    private StageRow stage(String key) {
        String k = key == null || key.isBlank() ? "preparing" : key;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(k)) {
                return stages.get(i);
            }
        }
        StageRow r = new StageRow(k);
        stages.add(r);
        return r;
    }

    /** Stops the run within a second; the project keeps its previous state. */
    public void cancel() {
        TaskHandle h = task.get();
        if (h != null) {
            h.cancel();
        }
    }

    /** Refreshes the elapsed/remaining line (the view calls this twice a second). */
    public void tick() {
        TaskHandle h = task.get();
        if (h == null) {
            timing.set("");
            return;
        }
        Duration el = h.elapsedNow();
        Duration left = h.isRunning() && overall > 0.03 && overall < 1
                ? Duration.ofMillis((long) (el.toMillis() * (1 - overall) / overall)) : null;
        timing.set("Elapsed " + Formats.duration(el) + (left == null ? "" : " · about " + Formats.duration(left) + " left"));
    }
}
