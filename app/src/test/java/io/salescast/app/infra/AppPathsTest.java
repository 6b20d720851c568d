package io.salescast.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(AppPaths.resolve(null, "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data")).dataDir())
                .isEqualTo(Path.of("/data/salescast"));
        assertThat(AppPaths.resolve(null, "Linux", "/home/ann", Map.of()).dataDir())
                .isEqualTo(Path.of("/home/ann/.local/share/salescast"));
    }

    @Test
    void windowsAndMacUseTheirConventions() {
        assertThat(AppPaths.resolve(null, "Windows 11", "C:/Users/ann", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming")).dataDir())
                .isEqualTo(Path.of("C:/Users/ann/AppData/Roaming/Salescast"));
        assertThat(AppPaths.resolve(null, "Mac OS X", "/Users/ann", Map.of()).dataDir())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Salescast"));
    }

    @Test
    void overrideWinsAndSubfoldersHangOffTheRoot() {
        AppPaths p = AppPaths.resolve("/tmp/sc", "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data"));
        assertThat(p.dataDir()).isEqualTo(Path.of("/tmp/sc"));
        assertThat(p.logFile()).isEqualTo(Path.of("/tmp/sc/logs/salescast.log"));
        assertThat(p.settingsFile().getParent()).isEqualTo(p.dataDir());
    }
}
