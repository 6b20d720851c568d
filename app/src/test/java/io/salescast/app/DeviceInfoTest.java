package io.salescast.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceInfoTest {

    @Test
    void cpuBuildSaysWhereModelsTrain() {
        assertThat(DeviceInfo.describe(2, false, false)).contains("2 cores").contains("no GPU found");
        assertThat(DeviceInfo.describe(8, true, false)).contains("needs the GPU build");
    }

    @Test
    void gpuBuildFallsBackToTheCpuWithoutADriver() {
        assertThat(DeviceInfo.describe(4, false, true)).contains("no NVIDIA driver").contains("CPU");
        assertThat(DeviceInfo.describe(4, true, true)).contains("train on the GPU");
    }

    @Test
    void defaultBuildIsNotTheGpuBuild() {
        assertThat(DeviceInfo.gpuBuild()).isFalse();
    }
}
