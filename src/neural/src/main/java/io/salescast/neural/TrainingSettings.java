package io.salescast.neural;

/**
 * How a network is trained: epochs, early stopping, batches, optimiser schedule and threads.
 *
 * @param maxEpochs         most passes over the sampled windows
 * @param patience          epochs without a better validation loss before stopping early
 * @param batchSize         windows per minibatch (the memory guard may shrink it)
 * @param windowsPerSeries  windows drawn at random from each series per epoch
 * @param learningRate      Adam's initial learning rate
 * @param learningRateDecay factor applied to the learning rate after every epoch (exponential schedule)
 * @param gradientClip      clip each layer's gradient to this L2 norm (0 = no clipping)
 * @param validationPeriods the last periods of every series held out for early stopping (0 = the horizon)
 * @param threads           native (OpenMP) threads; 0 = the training context's thread budget
 */
public record TrainingSettings(int maxEpochs, int patience, int batchSize, int windowsPerSeries, double learningRate,
                               double learningRateDecay, double gradientClip, int validationPeriods, int threads) {

    /** Validates. */
    public TrainingSettings {
        require(maxEpochs >= 1, "maxEpochs must be at least 1");
        require(patience >= 1, "patience must be at least 1");
        require(batchSize >= 1, "batchSize must be at least 1");
        require(windowsPerSeries >= 1, "windowsPerSeries must be at least 1");
        require(learningRate > 0 && learningRate < 1, "learningRate must be in (0, 1)");
        require(learningRateDecay > 0 && learningRateDecay <= 1, "learningRateDecay must be in (0, 1]");
        require(gradientClip >= 0, "gradientClip must be >= 0");
        require(validationPeriods >= 0, "validationPeriods must be >= 0");
        require(threads >= 0, "threads must be >= 0");
    }

    /** The default: up to 12 epochs, patience 3, batch 64, 24 windows per series, Adam 3e-3 decaying 0.85 per epoch. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(12, 3, 64, 24, 3e-3, 0.85, 1.0, 0, 0);
    }

    /** With another number of epochs. */
    public TrainingSettings withMaxEpochs(int n) {
        return new TrainingSettings(n, patience, batchSize, windowsPerSeries, learningRate, learningRateDecay, gradientClip,
                validationPeriods, threads);
    }

    /** With another learning rate. */
    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(maxEpochs, patience, batchSize, windowsPerSeries, lr, learningRateDecay, gradientClip,
                validationPeriods, threads);
    }

    /** With another batch size. */
    public TrainingSettings withBatchSize(int n) {
        return new TrainingSettings(maxEpochs, patience, n, windowsPerSeries, learningRate, learningRateDecay, gradientClip,
                validationPeriods, threads);
    }

    /** With another number of windows per series and epoch. */
    public TrainingSettings withWindowsPerSeries(int n) {
        return new TrainingSettings(maxEpochs, patience, batchSize, n, learningRate, learningRateDecay, gradientClip,
                validationPeriods, threads);
    }

    /** With another patience. */
    public TrainingSettings withPatience(int n) {
        return new TrainingSettings(maxEpochs, n, batchSize, windowsPerSeries, learningRate, learningRateDecay, gradientClip,
                validationPeriods, threads);
    }

    /** With another native thread count (0 = the context's budget). */
    public TrainingSettings withThreads(int n) {
        return new TrainingSettings(maxEpochs, patience, batchSize, windowsPerSeries, learningRate, learningRateDecay,
                gradientClip, validationPeriods, n);
    }

    /** The same settings with what does not change the trained network (threads) neutralised. */
    TrainingSettings identity() {
        return withThreads(0);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
