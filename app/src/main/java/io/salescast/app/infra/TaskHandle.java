package io.salescast.app.infra;

import io.salescast.core.CancellationToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The observable face of one background task. Its properties change only on the UI executor, so
 * views can bind to them directly. Progress from the worker is coalesced: however often the work
 * reports, the UI sees at most one update per UI turn.
 */
public final class TaskHandle {

    /** Life cycle of a task. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** One progress report. */
    record Report(String stage, double fraction, String message) {
    }

    /** Most log lines kept per task (older ones are dropped from view; all go to the log file). */
    public static final int MAX_LOG_LINES = 2000;

    private final String title;
    private final CancellationToken token = new CancellationToken();
    private final LongSupplier clock;
    private final long startNanos;
    private final AtomicReference<Report> pending = new AtomicReference<>();
    private final ConcurrentLinkedQueue<String> pendingLog = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.RUNNING);
    private final ObjectProperty<Duration> elapsed = new SimpleObjectProperty<>(Duration.ZERO);
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<String> logView = FXCollections.unmodifiableObservableList(log);
    private volatile long endNanos = -1;

    TaskHandle(String title, LongSupplier clock) {
        this.title = title;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /** What the task does, for the status bar. */
    public String title() {
        return title;
    }

    /** The token the work checks. */
    public CancellationToken token() {
        return token;
    }

    /**
     * Asks the work to stop. The handle turns {@link State#CANCELLED} at once so the UI is free
     * immediately; a result that still arrives is discarded.
     */
    public void cancel() {
        if (state.get() == State.RUNNING && cancelRequested.compareAndSet(false, true)) {
            token.cancel();
            finish(State.CANCELLED);
            log.add("Cancelled.");
        }
    }

    /** Whether cancel was asked for. */
    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** Current stage name, e.g. "Backtest". */
    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    /** Latest message from the work. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Fraction done in [0, 1], or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Life-cycle state. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** Time since start (updated with progress and at the end). */
    public ReadOnlyObjectProperty<Duration> elapsedProperty() {
        return elapsed;
    }

    /** Time since start, read now (for a ticking clock). */
    public Duration elapsedNow() {
        long end = endNanos >= 0 ? endNanos : clock.getAsLong();
        return Duration.ofNanos(end - startNanos);
    }

    /** Distinct progress messages, oldest first. */
    public ObservableList<String> log() {
        return logView;
    }

    /** Whether the task is still running. */
    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /**
     * Rough time left from the elapsed time and the fraction done, or null while unknown.
     */
    public Duration estimateRemaining() {
        double f = progress.get();
        if (f <= 0.02 || f >= 1 || !isRunning()) {
            return null;
        }
        long el = clock.getAsLong() - startNanos;
        return Duration.ofNanos((long) (el * (1 - f) / f));
    }

    /** Worker side: records a report; returns true if the UI must be scheduled to apply it. */
    boolean offer(String stageName, double fraction, String msg) {
        if (msg != null && !msg.isBlank()) {
            pendingLog.add(stageName == null || stageName.isBlank() ? msg : stageName + ": " + msg);
        }
        return pending.getAndSet(new Report(stageName, fraction, msg)) == null;
    }

    /** UI side: applies the latest report and the queued log lines. */
    void applyPending() {
        Report r = pending.getAndSet(null);
        if (state.get() != State.RUNNING) {
            pendingLog.clear();
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String l; (l = pendingLog.poll()) != null;) {
            if (lines.isEmpty() ? log.isEmpty() || !log.get(log.size() - 1).equals(l) : !lines.get(lines.size() - 1).equals(l)) {
                lines.add(l);
            }
        }
        log.addAll(lines);
        if (log.size() > MAX_LOG_LINES) {
            log.remove(0, log.size() - MAX_LOG_LINES);
        }
        if (r != null) {
            stage.set(r.stage() == null ? "" : r.stage());
            if (r.message() != null) {
                message.set(r.message());
            }
            progress.set(Double.isNaN(r.fraction()) ? -1 : Math.max(-1, Math.min(1, r.fraction())));
        }
        elapsed.set(Duration.ofNanos(clock.getAsLong() - startNanos));
    }

    /** UI side: final state. */
    void finish(State end) {
        if (state.get() != State.RUNNING) {
            return;
        }
        endNanos = clock.getAsLong();
        elapsed.set(Duration.ofNanos(endNanos - startNanos));
        if (end == State.SUCCEEDED) {
            progress.set(1);
        }
        state.set(end);
    }
}
