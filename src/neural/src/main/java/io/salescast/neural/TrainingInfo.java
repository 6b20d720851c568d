package io.salescast.neural;

import io.salescast.forecast.Device;

/**
 * Provenance of one training run, kept with the network and saved beside it.
 *
 * @param backend     ND4J backend description ({@link NeuralRuntime#describe()})
 * @param device      device that actually trained the network
 * @param threads     native threads used
 * @param seed        seed of initialisation and window sampling
 * @param batchSize   minibatch size used (after the memory guard)
 * @param parameters  number of trainable parameters
 * @param trainMillis wall time of training
 * @param fineTunedFrom alias of the pretrained network it started from, or null when trained from scratch
 */
public record TrainingInfo(String backend, Device device, int threads, long seed, int batchSize, long parameters,
                           long trainMillis, String fineTunedFrom) {
}
