package io.salescast.forecast;

/** Where a model trains and predicts. */
public enum Device {
    /** The processor; always available. */
    CPU,
    /** An NVIDIA GPU through CUDA backends, when present; models fall back to the CPU otherwise. */
    GPU
}
