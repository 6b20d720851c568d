package io.salescast.cli;

import io.salescast.core.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for long commands: the first interrupt cancels the work's token and waits (up to 10 s)
 * for it to stop at its next check, so that files are not left half-written; the JVM then exits.
 */
final class Interrupts implements AutoCloseable {

    private final CancellationToken token = new CancellationToken();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    Interrupts() {
        hook = new Thread(() -> {
            token.cancel();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "salescast-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The token cancelled by Ctrl-C. */
    CancellationToken token() {
        return token;
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running and has been released above
        }
    }
}
