package io.salescast.neural;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkFactoryTest {

    @TempDir
    Path dir;

    /** Each architecture learns to copy a lagged input (loss falls by half) and survives save/load unchanged. */
    @ParameterizedTest
    @EnumSource(Architecture.class)
    void trainsAndRoundTrips(Architecture arch) throws Exception {
        NeuralRuntime.applyThreads(1);
        NeuralSpec spec = NeuralSpec.defaults(arch, 4).withWindow(6).withHidden(8);
        MultiLayerNetwork net = NetworkFactory.create(spec, 3, 42);
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 16, 3, 10);
        INDArray y = x.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 1),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        INDArray mask = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 16, 10);
        net.fit(x, y, null, mask);
        double first = net.score();
        for (int i = 0; i < 150; i++) {
            net.fit(x, y, null, mask);
        }
        assertThat(net.score()).isLessThan(first / 2);
        File f = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, f, false);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, false);
        assertThat(back.output(x, false)).isEqualTo(net.output(x, false));
    }
}
