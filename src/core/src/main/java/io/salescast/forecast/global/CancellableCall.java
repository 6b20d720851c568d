package io.salescast.forecast.global;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a library call that cannot be interrupted (Tribuo's forest, CART and linear trainers have
 * no cancellation hook) on a daemon thread and polls the cancellation token, so that Cancel returns
 * control within a fraction of a second; the abandoned call finishes in the background and its
 * result is dropped. XGBoost does not need this: {@link TableXGBoostTrainer} stops between trees.
 */
final class CancellableCall {

    private CancellableCall() {
    }

    static <T> T run(Callable<T> call, CancellationToken cancel) {
        cancel.throwIfCancelled();
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "salescast-train");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> f = exec.submit(call);
            while (true) {
                try {
                    return f.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (cancel.isCancelled()) {
                        f.cancel(true);
                        throw new CancelledException();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        } finally {
            exec.shutdown();
        }
    }
}
