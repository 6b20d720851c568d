package io.salescast.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the workbench can train on, detected without loading any native library: the processor,
 * whether an NVIDIA driver is present, and whether this is the GPU build (ND4J's CUDA backend on the
 * class path, or the {@code salescast.build=gpu} property the GPU launchers set).
 */
public final class DeviceInfo {

    private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    private DeviceInfo() {
    }

    /** One line for the Models page and the About box. */
    public static String describe() {
        return describe(Runtime.getRuntime().availableProcessors(),
                Files.exists(Path.of("/proc/driver/nvidia/version")), gpuBuild());
    }

    /** The line for the given facts (separate for tests). */
    static String describe(int cores, boolean nvidiaDriver, boolean gpuBuild) {
        String cpu = "Detected: CPU with " + cores + " cores";
        if (gpuBuild && nvidiaDriver) {
            return cpu + " and an NVIDIA GPU driver. Neural models train on the GPU when ND4J's CUDA backend loads"
                    + " (the log says so, or why it fell back to the CPU); XGBoost trains on the CPU.";
        }
        if (gpuBuild) {
            return cpu + ". This is the GPU build, but no NVIDIA driver was found: everything trains on the CPU.";
        }
        if (nvidiaDriver) {
            return cpu + "; an NVIDIA driver is present, but this build trains on the CPU"
                    + " (GPU training needs the GPU build).";
        }
        return cpu + "; no GPU found. Models train on the CPU.";
    }

    /** Whether ND4J's CUDA backend is on the class path or the launcher declares the GPU build. */
    static boolean gpuBuild() {
        if ("gpu".equalsIgnoreCase(System.getProperty("salescast.build", ""))) {
            return true;
        }
        try {
            Class.forName(CUDA_BACKEND, false, DeviceInfo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
