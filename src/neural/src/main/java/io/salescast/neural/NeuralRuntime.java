package io.salescast.neural;

import io.salescast.forecast.Device;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
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
     * Limits ND4J's native threads to {@code threads}: the OpenMP pool of the native operations
     * (set directly: {@code Environment.setMaxThreads} does not resize it in libnd4j 1.0.0-M2.1),
     * the environment's max and master threads, and OpenBLAS's threads. The defaults use every core
     * and made an LSTM epoch ten times slower on two cores. {@code OMP_NUM_THREADS} set before start
     * has the same effect for the whole process.
     */
    public static void applyThreads(int threads) {
        int n = Math.max(1, threads);
        var env = Nd4j.getEnvironment();
        // libnd4j clamps master threads to max threads: raise max before master, lower master before max
        if (n > env.maxThreads()) {
            env.setMaxThreads(n);
            env.setMaxMasterThreads(n);
        } else {
            env.setMaxMasterThreads(n);
            env.setMaxThreads(n);
        }
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
        LOG.debug("ND4J threads set to {} (OpenMP {})", n, ompThreads());
    }

    /** Threads of the OpenMP pool that ND4J's native operations use. */
    public static int ompThreads() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    /** Threads of ND4J's OpenMP pool, its master threads and OpenBLAS, as now set. */
    public static int[] threadCounts() {
        return new int[] {ompThreads(), Nd4j.getEnvironment().maxMasterThreads(), Nd4j.factory().blas().getMaxThreads()};
    }

    /**
     * Native threads for training {@code spec} within a budget of {@code budget} threads: the spec's
     * own setting when it has one; otherwise one thread for networks under 128 hidden units, whose
     * matrix products are too small to gain from OpenMP (on a busy two-core machine, two OpenMP threads
     * made an epoch more than 20 times slower), else the budget.
     */
    public static int threadsFor(NeuralSpec spec, int budget) {
        if (spec.training().threads() > 0) {
            return spec.training().threads();
        }
        return spec.hidden() < 128 ? 1 : Math.max(1, budget);
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
     * {@code ND4J 1.0.0-M2.1 CPU backend (OPENBLAS), threads: 1 OpenMP, 1 master, 1 BLAS}.
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
        int[] t = threadCounts();
        sb.append(", threads: ").append(t[0]).append(" OpenMP, ").append(t[1]).append(" master, ").append(t[2]).append(" BLAS");
        return sb.toString();
    }

    private static String version() {
        Package pkg = Nd4j.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "1.0.0-M2.1" : v;
    }
}
