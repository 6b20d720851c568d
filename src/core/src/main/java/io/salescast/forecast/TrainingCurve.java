package io.salescast.forecast;

import java.util.List;

/**
 * Loss per epoch of a model trained by gradient descent (the neural forecasters), for charts in
 * the app and reports. Losses are in the model's own training units (lower is better).
 *
 * @param epochs     one point per finished epoch, in order
 * @param bestEpoch  the epoch whose weights were kept (1-based), or 0 when none finished
 * @param stopReason why training stopped ("early stop", "max epochs", "cancelled"...)
 */
public record TrainingCurve(List<Epoch> epochs, int bestEpoch, String stopReason) {

    /**
     * One epoch.
     *
     * @param epoch          1-based epoch number
     * @param trainLoss      mean training loss over the epoch's minibatches
     * @param validationLoss loss on the held-out last periods, NaN when there was no validation data
     * @param learningRate   learning rate used during the epoch
     * @param millis         wall time of the epoch including validation
     */
    public record Epoch(int epoch, double trainLoss, double validationLoss, double learningRate, long millis) {
    }

    /** Copies. */
    public TrainingCurve {
        epochs = List.copyOf(epochs);
        stopReason = stopReason == null ? "" : stopReason;
    }
}
