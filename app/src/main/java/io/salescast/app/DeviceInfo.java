package io.salescast.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the workbench can train on, detected without loading the native libraries. */
final class DeviceInfo {

    private DeviceInfo() {
    }

    /** One line for the Models page. */
    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        boolean nvidia = Files.exists(Path.of("/proc/driver/nvidia/version"));
        return "Detected: CPU with " + cores + " cores" + (nvidia ? "; an NVIDIA driver is present, but this build trains on the CPU"
                + " (GPU training needs the CUDA build)." : "; no GPU found. Models train on the CPU.");
    }
}
