package io.salescast.neural;

import io.salescast.forecast.Device;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Properties;

/**
 * The ND4J backend this process runs on (CPU, or CUDA when built with {@code -Dcuda}) and its
 * native thread setting. ND4J's thread counts are process-wide native settings, so they are set
 * here, once per training, from the training context's thread budget.
 */
public final class NeuralRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralRuntime.class);

    private NeuralRuntime() {
    }

    /**
     * Sets ND4J's OpenMP and master threads to {@code threads}. The defaults use every core and made an
     * LSTM epoch ten times slower on two cores, so every training calls this.
     */
    public static void applyThreads(int threads) {
        int n = Math.max(1, threads);
        var env = Nd4j.getEnvironment();
        if (env.maxThreads() != n || env.maxMasterThreads() != n) {
            env.setMaxThreads(n);
            env.setMaxMasterThreads(n);
            LOG.debug("ND4J threads set to {}", n);
        }
    }

    /** True when ND4J runs on a CUDA backend. */
    public static boolean onGpu() {
        return Nd4j.getBackend().getClass().getName().toLowerCase(Locale.ROOT).contains("cu");
    }

    /** The device that actually runs the networks. */
    public static Device device() {
        return onGpu() ? Device.GPU : Device.CPU;
    }

    /**
     * The device to train on for a request, logging a warning when a GPU is requested but this
     * build or machine has none (training then runs on the CPU).
     */
    public static Device resolve(Device requested) {
        Device actual = device();
        if (requested == Device.GPU && actual != Device.GPU) {
            LOG.warn("A GPU was requested but ND4J runs on the CPU ({}); build with -Dcuda on a machine with CUDA 11.6 to use one",
                    describe());
        }
        return actual;
    }

    /**
     * One line for run provenance and the status bar, e.g.
     * {@code ND4J 1.0.0-M2.1 CPU backend (OpenBLAS, AVX2), 2 threads}.
     */
    public static String describe() {
        Properties p = Nd4j.getExecutioner().getEnvironmentInformation();
        StringBuilder sb = new StringBuilder("ND4J ").append(version()).append(onGpu() ? " CUDA backend" : " CPU backend");
        Object blas = p.get("blas.vendor");
        Object devices = p.get("cuda.devicesInformation");
        if (devices != null) {
            sb.append(" (").append(devices).append(')');
        } else if (blas != null) {
            sb.append(" (").append(blas).append(')');
        }
        int threads = Nd4j.getEnvironment().maxThreads();
        sb.append(", ").append(threads).append(threads == 1 ? " thread" : " threads");
        return sb.toString();
    }

    private static String version() {
        Package pkg = Nd4j.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "1.0.0-M2.1" : v;
    }
}
