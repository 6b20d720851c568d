package io.salescast.forecast;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;

import java.util.Objects;

/**
 * Everything a model needs besides data to train reproducibly and politely.
 *
 * @param seed     seed for every random choice; same seed, same machine, same numbers
 * @param device   requested device
 * @param threads  thread budget for native libraries and parallel loops (at least 1)
 * @param progress receives progress
 * @param cancel   polled so that Cancel stops work within a second
 */
public record TrainContext(long seed, Device device, int threads, ProgressListener progress, CancellationToken cancel) {

    /** Validates and fills defaults. */
    public TrainContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        Objects.requireNonNull(device, "device");
        progress = progress == null ? ProgressListener.NONE : progress;
        cancel = cancel == null ? CancellationToken.none() : cancel;
    }

    /**
     * A context on the CPU with a thread budget that does not oversubscribe the machine: all
     * cores up to 4, leaving the others to the UI and I/O.
     */
    public static TrainContext defaults(long seed) {
        return new TrainContext(seed, Device.CPU, defaultThreads(), ProgressListener.NONE, CancellationToken.none());
    }

    /** Default thread budget: the number of processors, capped at 4. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The same context with another progress listener. */
    public TrainContext withProgress(ProgressListener listener) {
        return new TrainContext(seed, device, threads, listener, cancel);
    }

    /** The same context with another seed. */
    public TrainContext withSeed(long newSeed) {
        return new TrainContext(newSeed, device, threads, progress, cancel);
    }
}
