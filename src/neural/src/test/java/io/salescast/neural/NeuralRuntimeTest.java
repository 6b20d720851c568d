package io.salescast.neural;

import io.salescast.forecast.Device;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

class NeuralRuntimeTest {

    @Test
    void appliesTheThreadSettingAndDescribesTheCpuBackend() {
        NeuralRuntime.applyThreads(2);
        assertThat(Nd4j.getEnvironment().maxThreads()).isEqualTo(2);
        assertThat(Nd4j.getEnvironment().maxMasterThreads()).isEqualTo(2);
        NeuralRuntime.applyThreads(1);
        assertThat(Nd4j.getEnvironment().maxThreads()).isEqualTo(1);
        // the default build carries only the CPU backend
        assertThat(NeuralRuntime.onGpu()).isFalse();
        assertThat(NeuralRuntime.describe()).startsWith("ND4J 1.0.0-M2.1 CPU backend").endsWith("1 thread");
        assertThat(NeuralRuntime.resolve(Device.GPU)).isEqualTo(Device.CPU);
    }

    @Test
    void cpuBuildHasNoCudaClasses() {
        assertThat(getClass().getClassLoader().getResource("org/nd4j/jita/conf/CudaEnvironment.class")).isNull();
    }
}
