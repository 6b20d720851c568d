package io.salescast.core;

/**
 * Cooperative cancellation flag shared between the caller and long-running work. Work polls
 * {@link #throwIfCancelled()} at least every few hundred milliseconds so that Cancel takes effect
 * within a second.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A token that is never cancelled, for callers that do not need cancellation. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    /** Requests cancellation; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether cancellation was requested. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} when cancellation was requested. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
