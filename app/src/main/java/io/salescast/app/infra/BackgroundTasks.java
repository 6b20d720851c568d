package io.salescast.app.infra;

import io.salescast.core.CancelledException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's one background executor. Work runs on worker threads; progress, results and
 * errors come back on the UI executor ({@code Platform::runLater} in the app, a direct or queued
 * executor in tests). Failures are logged with their stack trace and handed to the caller's
 * error callback; cancellation is not a failure.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final java.util.concurrent.Executor ui;
    private final ExecutorService workers;
    private final LongSupplier clock;
    private final ObservableList<TaskHandle> active = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> activeView = FXCollections.unmodifiableObservableList(active);

    /**
     * @param ui      runs callbacks on the UI thread
     * @param threads worker threads (2 lets a preview run while a training runs)
     */
    public BackgroundTasks(java.util.concurrent.Executor ui, int threads) {
        this(ui, threads, System::nanoTime);
    }

    BackgroundTasks(java.util.concurrent.Executor ui, int threads, LongSupplier clock) {
        this.ui = Objects.requireNonNull(ui);
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "salescast-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), tf);
    }

    /** The executor that runs on the UI thread (for work that reports from a worker thread). */
    public java.util.concurrent.Executor uiExecutor() {
        return ui;
    }

    /** Tasks running now (changes on the UI executor). */
    public ObservableList<TaskHandle> active() {
        return activeView;
    }

    /**
     * Runs {@code work} in the background.
     *
     * @param title     what it does ("Training 5 models")
     * @param work      the work
     * @param onSuccess called on the UI executor with the result unless cancelled
     * @param onFailure called on the UI executor with the error (never for cancellation)
     * @return the task's handle
     */
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle h = new TaskHandle(title, clock);
        ui.execute(() -> active.add(h));
        workers.execute(() -> runTask(h, work, onSuccess, onFailure));
        return h;
    }

    private <T> void runTask(TaskHandle h, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        LOG.info("Task started: {}", h.title());
        try {
            T result = work.run((stage, fraction, message) -> {
                if (h.offer(stage, fraction, message)) {
                    ui.execute(h::applyPending);
                }
            }, h.token());
            ui.execute(() -> {
                active.remove(h);
                if (h.isCancelRequested()) {
                    LOG.info("Task finished after cancel, result discarded: {}", h.title());
                    return;
                }
                h.applyPending();
                h.finish(TaskHandle.State.SUCCEEDED);
                LOG.info("Task done: {} in {} ms", h.title(), h.elapsedProperty().get().toMillis());
                onSuccess.accept(result);
            });
        } catch (CancelledException e) {
            LOG.info("Task cancelled: {}", h.title());
            ui.execute(() -> {
                active.remove(h);
                h.finish(TaskHandle.State.CANCELLED);
            });
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            boolean cancelled = h.isCancelRequested();
            if (cancelled) {
                LOG.info("Task failed after cancel: {}", h.title(), e);
            } else {
                LOG.error("Task failed: {}", h.title(), e);
            }
            ui.execute(() -> {
                active.remove(h);
                if (!cancelled) {
                    h.finish(TaskHandle.State.FAILED);
                    onFailure.accept(e);
                }
            });
        }
    }

    /** Cancels every running task. */
    public void cancelAll() {
        ui.execute(() -> active.forEach(TaskHandle::cancel));
    }

    /** Stops the workers (at exit), waiting briefly for them. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
