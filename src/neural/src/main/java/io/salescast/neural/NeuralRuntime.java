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
     * Limits ND4J's native threads to {@code threads}: the master threads and OpenBLAS's threads
     * are set here. libnd4j's own OpenMP pool is sized once at start-up from
     * {@code OMP_NUM_THREADS} (in 1.0.0-M2.1 {@code setMaxThreads} does not lower it), so launchers
     * should export {@code OMP_NUM_THREADS}; a warning says when the pool is larger than asked.
     * The defaults use every core and made an LSTM epoch ten times slower on two cores.
     */
    public static void applyThreads(int threads) {
        int n = Math.max(1, threads);
        var env = Nd4j.getEnvironment();
        env.setMaxThreads(n);
        env.setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
        if (env.maxThreads() > n) {
            LOG.warn("ND4J's native pool keeps {} threads although {} were asked; start Salescast with OMP_NUM_THREADS={} to lower it",
                    env.maxThreads(), n, n);
        }
    }

    /** Threads of ND4J's native pool, its master threads and OpenBLAS, as now set. */
    public static int[] threadCounts() {
        var env = Nd4j.getEnvironment();
        return new int[] {env.maxThreads(), env.maxMasterThreads(), Nd4j.factory().blas().getMaxThreads()};
    }

    /**
     * Native threads for training {@code spec} within a budget of {@code budget} threads: the spec's
     * own setting when it has one; otherwise one thread for networks under 128 hidden units, whose
     * matrix products are too small to gain from OpenMP (two threads cost more CPU per minibatch and,
     * on a busy machine, OpenMP barriers made training many times slower), else the budget.
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
     * {@code ND4J 1.0.0-M2.1 CPU backend (OPENBLAS), threads: 1 native, 1 master, 1 BLAS}.
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
        sb.append(", threads: ").append(t[0]).append(" native, ").append(t[1]).append(" master, ").append(t[2]).append(" BLAS");
        return sb.toString();
    }

    private static String version() {
        Package pkg = Nd4j.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "1.0.0-M2.1" : v;
    }
}
