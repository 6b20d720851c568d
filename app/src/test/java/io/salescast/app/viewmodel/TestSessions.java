package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleStore;
import io.salescast.series.SalesPanel;

/** Shared fixtures: a session with the tiny sample store open, callbacks run on the calling thread. */
final class TestSessions {

    private static SalesPanel tiny;

    private TestSessions() {
    }

    /** The tiny sample (20 products, one year), generated once per JVM. */
    static synchronized SalesPanel tinyPanel() {
        if (tiny == null) {
            tiny = SampleStore.generate(SampleOptions.tiny()).panel();
        }
        return tiny;
    }

    /** Polls {@code condition} every 20 ms; fails the test when it does not hold within {@code seconds}. */
    static void waitFor(int seconds, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        org.assertj.core.api.Assertions.assertThat(condition.getAsBoolean()).as("condition within " + seconds + " s").isTrue();
    }

    static SessionViewModel openTiny(BackgroundTasks tasks, RecordingDialogs dialogs) {
        SessionViewModel s = new SessionViewModel(tasks, dialogs);
        s.setProject("Tiny store", tinyPanel());
        return s;
    }
}
