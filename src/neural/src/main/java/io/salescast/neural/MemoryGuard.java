package io.salescast.neural;

import io.salescast.core.SalescastException;
import org.bytedeco.javacpp.Pointer;

import java.util.function.IntToLongFunction;

/**
 * Keeps training from dying of memory: estimates what one minibatch needs (inputs, activations
 * kept for back-propagation, parameters with their gradients and Adam moments) and, when that
 * exceeds half of the memory still free, halves the batch until it fits, or refuses with a
 * message when even a single window does not fit.
 */
final class MemoryGuard {

    private static final int FLOAT = Float.BYTES;
    private static final double SAFETY = 0.5;

    private MemoryGuard() {
    }

    /**
     * Bytes one minibatch of {@code batch} windows needs for {@code spec} with {@code inputs} inputs per step.
     */
    static long estimate(NeuralSpec spec, int inputs, long numParams, int batch) {
        long t = spec.sequenceLength();
        long h = spec.hidden();
        long perStepPerLayer = switch (spec.architecture()) {
            case LSTM, ATTENTION -> 7 * h;   // four gates, cell, hidden, tanh(cell)
            case GRU -> 5 * h;               // three gates, candidate, hidden
        };
        long activations = batch * t * (inputs + spec.layers() * perStepPerLayer + 2);
        if (spec.architecture() == Architecture.ATTENTION) {
            activations += batch * (4 * t * h + (long) spec.attentionHeads() * t * t * 2);
        }
        long inputsBytes = 2L * batch * t * (inputs + 2);          // Java float[] and the INDArray copy
        return FLOAT * (3 * activations + inputsBytes + 4 * numParams); // forward, gradients, workspace
    }

    /** Bytes free for a new minibatch: the smaller of free heap and free off-heap (ND4J) memory. */
    static long freeBytes() {
        Runtime rt = Runtime.getRuntime();
        long heapFree = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long offHeapMax = Pointer.maxBytes();
        long offHeapFree = offHeapMax > 0 ? offHeapMax - Pointer.totalBytes() : Long.MAX_VALUE;
        long physFree = Pointer.availablePhysicalBytes();
        long free = Math.min(heapFree, offHeapFree);
        return physFree > 0 ? Math.min(free, physFree) : free;
    }

    /**
     * The largest batch, at most {@code requested}, whose estimate fits in half of {@code freeBytes}.
     *
     * @throws SalescastException when even one window does not fit
     */
    static int plan(int requested, IntToLongFunction bytesForBatch, long freeBytes) {
        long budget = (long) (freeBytes * SAFETY);
        int batch = requested;
        while (batch > 1 && bytesForBatch.applyAsLong(batch) > budget) {
            batch = Math.max(1, batch / 2);
        }
        long need = bytesForBatch.applyAsLong(batch);
        if (need > budget) {
            throw new SalescastException("Training the network needs about " + mb(need) + " MB for a single window, but only "
                    + mb(freeBytes) + " MB of memory are free.",
                    "Use a shorter window or fewer hidden units, close other projects, or start Salescast with more memory.",
                    null, null);
        }
        return batch;
    }

    private static long mb(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
