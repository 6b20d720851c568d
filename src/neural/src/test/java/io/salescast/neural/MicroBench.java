package io.salescast.neural;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;

/** Micro benchmark (main): seconds and CPU seconds per minibatch fit of each architecture. Args: threads batch iterations. */
public final class MicroBench {
    private MicroBench() {
    }

    private static MultiLayerNetwork fused(NeuralSpec spec) {
        var conf = new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new org.nd4j.linalg.learning.config.Adam(1e-3)).list()
                .layer(new FusedLstmLayer(55, spec.hidden()))
                .layer(new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder(org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MSE)
                        .activation(org.nd4j.linalg.activations.Activation.IDENTITY).nIn(spec.hidden()).nOut(1).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.recurrent(55)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        int batch = Integer.parseInt(args[1]);
        int iters = Integer.parseInt(args[2]);
        NeuralRuntime.applyThreads(threads);
        for (String a : new String[] {"LSTM", "FUSED", "GRU"}) {
            NeuralSpec spec = NeuralSpec.defaults(a.equals("GRU") ? Architecture.GRU : Architecture.LSTM, 28);
            MultiLayerNetwork net = a.equals("FUSED") ? fused(spec) : NetworkFactory.create(spec, 55, 1);
            INDArray x = Nd4j.rand(DataType.FLOAT, batch, 55, 84);
            INDArray y = Nd4j.rand(DataType.FLOAT, batch, 1, 84);
            INDArray m = Nd4j.ones(DataType.FLOAT, batch, 84);
            for (int i = 0; i < 3; i++) {
                net.fit(x, y, null, m);
            }
            long t0 = System.nanoTime();
            long c0 = io.salescast.neural.bench.NeuralBench.cpuNanos();
            for (int i = 0; i < iters; i++) {
                net.fit(x, y, null, m);
            }
            System.out.printf(Locale.ROOT, "%s threads %d batch %d: %.1f ms/batch wall, %.1f ms/batch CPU%n", a, threads, batch,
                    (System.nanoTime() - t0) / 1e6 / iters, (io.salescast.neural.bench.NeuralBench.cpuNanos() - c0) / 1e6 / iters);
        }
    }
}
