package io.salescast.neural;

import io.salescast.features.FeatureSpec;
import io.salescast.neural.bench.BenchStore;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Side-by-side with PyTorch (benchmark main, not a test): builds one epoch of training windows of
 * the default LSTM on the benchmark store, writes them to {@code <dir>/windows.f32} (float32,
 * little-endian: features [n, inputs, steps], labels [n, steps], mask [n, steps]) with
 * {@code <dir>/windows.json}, then times DL4J fitting exactly those minibatches for a few epochs.
 * {@code src/neural/bench/torch_lstm.py} trains the same architecture on the same file.
 * Args: dir threads epochs.
 */
public final class TorchComparison {

    private TorchComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/torch-bench");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        NeuralRuntime.applyThreads(threads);
        SalesPanel store = BenchStore.generate(200, 40, 2024);
        NeuralSpec spec = NeuralSpec.lstm(28);
        InputEncoding enc = InputEncoding.of(store, FeatureSpec.none());
        List<EncodedSeries> series = new ArrayList<>();
        for (SalesSeries s : store.series()) {
            series.add(EncodedSeries.of(enc, store, s));
        }
        List<WindowBatcher.Window> windows = new WindowSampler(series, 28, spec.training().windowsPerSeries()).epoch(new Random(1));
        WindowBatcher batcher = new WindowBatcher(enc, spec.window(), spec.loss());
        int bs = spec.training().batchSize();
        List<WindowBatcher.Batch> batches = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < windows.size(); i += bs) {
            batches.add(batcher.build(windows.subList(i, Math.min(windows.size(), i + bs)), spec.horizon()));
        }
        double buildSecs = (System.nanoTime() - t0) / 1e9;
        write(dir, batches, enc.width(), spec);
        MultiLayerNetwork net = NetworkFactory.create(spec, enc.width(), 42);
        System.out.printf(Locale.ROOT, "DL4J: %d windows, %d inputs x %d steps, hidden %d, batch %d, %d params, %d threads; building windows %.2f s%n",
                windows.size(), enc.width(), spec.sequenceLength(), spec.hidden(), bs, net.numParams(), threads, buildSecs);
        for (int e = 1; e <= epochs; e++) {
            long s = System.nanoTime();
            double loss = 0;
            for (WindowBatcher.Batch b : batches) {
                net.fit(b.features(), b.labels(), null, b.labelMask());
                loss += net.score();
            }
            System.out.printf(Locale.ROOT, "DL4J epoch %d: %.2f s, mean loss %.4f%n", e, (System.nanoTime() - s) / 1e9, loss / batches.size());
        }
    }

    private static void write(Path dir, List<WindowBatcher.Batch> batches, int inputs, NeuralSpec spec) throws IOException {
        Files.createDirectories(dir);
        int n = batches.stream().mapToInt(b -> b.scales().length).sum();
        int t = spec.sequenceLength();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve("windows.f32")), 1 << 20))) {
            for (WindowBatcher.Batch b : batches) {
                writeFloats(out, b.features().data().asFloat());
            }
            for (WindowBatcher.Batch b : batches) {
                writeFloats(out, b.labels().data().asFloat());
            }
            for (WindowBatcher.Batch b : batches) {
                writeFloats(out, b.labelMask().data().asFloat());
            }
        }
        Files.writeString(dir.resolve("windows.json"), String.format(Locale.ROOT,
                "{\"n\": %d, \"inputs\": %d, \"steps\": %d, \"window\": %d, \"hidden\": %d, \"batch\": %d, \"lr\": %s, \"clip\": %s}%n",
                n, inputs, t, spec.window(), spec.hidden(), spec.training().batchSize(), spec.training().learningRate(),
                spec.training().gradientClip()));
    }

    private static void writeFloats(DataOutputStream out, float[] v) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        out.write(buf.array());
    }
}
