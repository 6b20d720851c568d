package io.salescast.neural;

import io.salescast.forecast.TrainingCurve;

/**
 * Receives the loss curve while a network trains, once per finished epoch, so that the app can
 * chart it live. Called on the training thread: implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = (alias, epoch, curve) -> { };

    /**
     * An epoch finished.
     *
     * @param alias model alias
     * @param epoch the finished epoch
     * @param curve every epoch so far (best epoch and stop reason provisional)
     */
    void epochFinished(String alias, TrainingCurve.Epoch epoch, TrainingCurve curve);
}
