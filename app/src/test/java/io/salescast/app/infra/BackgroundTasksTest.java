package io.salescast.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.core.CancelledException;
import io.salescast.core.SalescastException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    /** A UI thread stand-in: callbacks queue up and run when the test pumps them. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final BackgroundTasks tasks = new BackgroundTasks(ui::add, 2);

    @AfterEach
    void close() {
        tasks.close();
    }

    private void pumpUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Runnable r = ui.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
    }

    @Test
    void deliversResultAndCoalescedProgressOnTheUiExecutor() throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        TaskHandle h = tasks.submit("count", (progress, cancel) -> {
            for (int i = 1; i <= 10_000; i++) {
                progress.progress("Counting", i / 10_000.0, i % 5000 == 0 ? "at " + i : null);
            }
            return "done";
        }, result::set, e -> { });
        pumpUntil(() -> result.get() != null);
        assertThat(result.get()).isEqualTo("done");
        assertThat(h.stateProperty().get()).isEqualTo(TaskHandle.State.SUCCEEDED);
        assertThat(h.progressProperty().get()).isEqualTo(1.0);
        assertThat(h.log()).containsExactly("Counting: at 5000", "Counting: at 10000");
        assertThat(tasks.active()).isEmpty();
    }

    @Test
    void cancelFreesTheUiAtOnceAndDiscardsALateResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        TaskHandle h = tasks.submit("slow", (progress, cancel) -> {
            started.countDown();
            Thread.sleep(300); // ignores the token for a while, like a library call
            return "late";
        }, result::set, e -> result.set(e));
        started.await();
        pumpUntil(() -> !tasks.active().isEmpty());
        h.cancel();
        assertThat(h.stateProperty().get()).isEqualTo(TaskHandle.State.CANCELLED);
        assertThat(h.token().isCancelled()).isTrue();
        pumpUntil(() -> tasks.active().isEmpty());
        assertThat(tasks.active()).isEmpty();
        assertThat(result.get()).isNull();
    }

    @Test
    void cancelledExceptionIsNotAFailure() throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        TaskHandle h = tasks.submit("stop", (progress, cancel) -> {
            throw new CancelledException();
        }, r -> { }, error::set);
        pumpUntil(() -> h.stateProperty().get() != TaskHandle.State.RUNNING);
        assertThat(h.stateProperty().get()).isEqualTo(TaskHandle.State.CANCELLED);
        assertThat(error.get()).isNull();
    }

    @Test
    void failuresReachTheErrorCallback() throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        TaskHandle h = tasks.submit("bad", (progress, cancel) -> {
            throw new SalescastException("Column \"units\" has text", "Map another column.", null, null);
        }, r -> { }, error::set);
        pumpUntil(() -> error.get() != null);
        assertThat(error.get()).isInstanceOf(SalescastException.class);
        assertThat(h.stateProperty().get()).isEqualTo(TaskHandle.State.FAILED);
    }

    @Test
    void estimatesRemainingTimeFromFractionDone() {
        long[] now = {0};
        BackgroundTasks clocked = new BackgroundTasks(Runnable::run, 1, () -> now[0]);
        TaskHandle h = new TaskHandle("t", () -> now[0]);
        h.offer("Fit", 0.25, null);
        now[0] = TimeUnit.SECONDS.toNanos(10);
        h.applyPending();
        assertThat(h.estimateRemaining()).isEqualTo(java.time.Duration.ofSeconds(30));
        clocked.close();
    }
}
