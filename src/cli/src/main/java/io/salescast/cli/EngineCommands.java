package io.salescast.cli;

import io.salescast.core.ProgressListener;
import io.salescast.forecast.Device;
import io.salescast.forecast.TrainContext;

import java.io.PrintWriter;

/** Helpers shared by the engine commands: progress bar and training context. */
final class EngineCommands {

    private EngineCommands() {
    }

    /** A progress listener drawing on stderr when it is a terminal (none with quiet). */
    static ProgressBar bar(PrintWriter err, boolean quiet) {
        return ProgressBar.orNone(err, quiet);
    }

    /** The listener for a bar (or none). */
    static ProgressListener listener(ProgressBar bar, boolean backtest) {
        return bar == null ? ProgressListener.NONE : new EngineProgress(bar, backtest);
    }

    /** Training context from the options. */
    static TrainContext context(EngineOptions e, ProgressListener progress, Interrupts interrupts) {
        int threads = e.threads > 0 ? e.threads : TrainContext.defaultThreads();
        return new TrainContext(e.seed, Device.CPU, threads, progress, interrupts.token());
    }
}
