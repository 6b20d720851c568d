package io.salescast.core;

/**
 * Receives progress of long work. Implementations must be cheap and thread-safe; the desktop app
 * marshals calls onto the FX thread, the CLI draws a progress bar.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, fraction, message) -> { };

    /**
     * Reports progress.
     *
     * @param stage    short name of the stage ("import", "backtest", "train xgboost"...)
     * @param fraction completed fraction of that stage in [0, 1], or a negative value when unknown
     * @param message  human-readable detail, may be empty
     */
    void progress(String stage, double fraction, String message);
}
