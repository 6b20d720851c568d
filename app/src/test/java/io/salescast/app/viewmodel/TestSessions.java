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

    static SessionViewModel openTiny(BackgroundTasks tasks, RecordingDialogs dialogs) {
        SessionViewModel s = new SessionViewModel(tasks, dialogs);
        s.setProject("Tiny store", tinyPanel());
        return s;
    }
}
