package io.salescast.app.infra;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;

/**
 * A piece of long work run off the FX thread by {@link BackgroundTasks}.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface Work<T> {

    /**
     * Does the work, reporting progress and checking the token often (at least every second).
     *
     * @throws Exception any failure; {@link io.salescast.core.CancelledException} means cancelled
     */
    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
