package io.salescast.neural;

import io.salescast.forecast.Device;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

class NeuralRuntimeTest {

    @Test
    void appliesTheThreadSettingAndDescribesTheCpuBackend() {
        NeuralRuntime.applyThreads(2);
        assertThat(NeuralRuntime.ompThreads()).isEqualTo(2);
        assertThat(NeuralRuntime.threadCounts()[1]).isLessThanOrEqualTo(2);
        assertThat(NeuralRuntime.threadCounts()[2]).isEqualTo(2);
        NeuralRuntime.applyThreads(1);
        assertThat(NeuralRuntime.threadCounts()).containsExactly(1, 1, 1);
        assertThat(Nd4j.getEnvironment().maxMasterThreads()).isEqualTo(1);
        // the default build carries only the CPU backend
        assertThat(NeuralRuntime.onGpu()).isFalse();
        assertThat(NeuralRuntime.describe()).startsWith("ND4J 1.0.0-M2.1 CPU backend").contains("threads: 1 OpenMP, 1 master, 1 BLAS");
        assertThat(NeuralRuntime.resolve(Device.GPU)).isEqualTo(Device.CPU);
    }

    @Test
    void smallNetworksTrainOnOneThreadUnlessTheSpecSaysOtherwise() {
        NeuralSpec small = NeuralSpec.lstm(28);
        assertThat(NeuralRuntime.threadsFor(small, 4)).isEqualTo(1);
        assertThat(NeuralRuntime.threadsFor(small.withHidden(128), 4)).isEqualTo(4);
        assertThat(NeuralRuntime.threadsFor(small.withTraining(small.training().withThreads(3)), 4)).isEqualTo(3);
    }

    @Test
    void cpuBuildHasNoCudaClasses() {
        assertThat(getClass().getClassLoader().getResource("org/nd4j/jita/conf/CudaEnvironment.class")).isNull();
    }
}
