package io.salescast.installer;

import io.salescast.installer.StripNatives.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entry names are the real ones of the jars Salescast bundles (xgboost4j 2.1.4, JNA 4.3.0, JavaCPP 1.5.7, JavaFX 21). */
class StripNativesTest {

    private static final Platform LINUX = Platform.parse("linux-x86_64");
    private static final Platform MAC_ARM = Platform.parse("macosx-arm64");
    private static final Platform WINDOWS = Platform.parse("windows-x86_64");

    private static final List<String> XGBOOST = List.of("lib/linux/x86_64/libxgboost4j.so", "lib/linux/aarch64/libxgboost4j.so",
            "lib/macos/x86_64/libxgboost4j.dylib", "lib/macos/aarch64/libxgboost4j.dylib", "lib/windows/x86_64/xgboost4j.dll");

    @Test
    void linuxKeepsOnlyItsOwnXgboostLibrary() {
        assertThat(XGBOOST).filteredOn(n -> !StripNatives.isForeignNative(n, LINUX))
                .containsExactly("lib/linux/x86_64/libxgboost4j.so");
        assertThat(XGBOOST).filteredOn(n -> !StripNatives.isForeignNative(n, MAC_ARM))
                .containsExactly("lib/macos/aarch64/libxgboost4j.dylib");
        assertThat(XGBOOST).filteredOn(n -> !StripNatives.isForeignNative(n, WINDOWS))
                .containsExactly("lib/windows/x86_64/xgboost4j.dll");
    }

    @Test
    void jnaFoldersWithDashesAndThirtyTwoBitVariants() {
        List<String> jna = List.of("com/sun/jna/linux-x86-64/libjnidispatch.so", "com/sun/jna/linux-x86/libjnidispatch.so",
                "com/sun/jna/linux-arm/libjnidispatch.so", "com/sun/jna/linux-aarch64/libjnidispatch.so",
                "com/sun/jna/linux-ppc64le/libjnidispatch.so", "com/sun/jna/win32-x86-64/jnidispatch.dll",
                "com/sun/jna/darwin/libjnidispatch.jnilib", "com/sun/jna/sunos-x86/libjnidispatch.so",
                "com/sun/jna/freebsd-x86-64/libjnidispatch.so");
        assertThat(jna).filteredOn(n -> !StripNatives.isForeignNative(n, LINUX))
                .containsExactly("com/sun/jna/linux-x86-64/libjnidispatch.so");
        // a universal macOS library names no processor: kept for both Mac processors
        assertThat(jna).filteredOn(n -> !StripNatives.isForeignNative(n, MAC_ARM))
                .containsExactly("com/sun/jna/darwin/libjnidispatch.jnilib");
    }

    @Test
    void versionedSharedObjectsAreNativeLibraries() {
        assertThat(StripNatives.isForeignNative("org/bytedeco/openblas/windows-x86_64/libopenblas.so.0", LINUX)).isTrue();
        assertThat(StripNatives.isForeignNative("org/bytedeco/openblas/linux-x86_64/libopenblas.so.0", LINUX)).isFalse();
        assertThat(StripNatives.isForeignNative("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libgomp.so.1", MAC_ARM)).isTrue();
    }

    @Test
    void keepsLibrariesThatNameNoPlatformAndEverythingThatIsNotALibrary() {
        assertThat(StripNatives.isForeignNative("libglass.so", WINDOWS)).isFalse();
        assertThat(StripNatives.isForeignNative("org/bytedeco/openblas/windows-x86_64/jniopenblas.lib", LINUX)).isFalse();
        assertThat(StripNatives.isForeignNative("lib/windows/x86_64/README.txt", LINUX)).isFalse();
        assertThat(StripNatives.isForeignNative("org/nd4j/linalg/cpu/nativecpu/bindings/macosx-x86_64/Loader.class", LINUX)).isFalse();
    }

    @Test
    void platformNames() {
        assertThat(Platform.parse("linux-x86_64")).isEqualTo(new Platform("linux", "amd64"));
        assertThat(Platform.parse("macosx-aarch64")).isEqualTo(new Platform("macosx", "arm64"));
        assertThatThrownBy(() -> Platform.parse("solaris-sparc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Platform.parse("linux")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stripRewritesTheJarWithoutForeignLibrariesAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("xgboost4j.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("ml/dmlc/xgboost4j/java/Booster.class", "lib/linux/x86_64/libxgboost4j.so",
                    "lib/windows/x86_64/xgboost4j.dll", "lib/macos/aarch64/libxgboost4j.dylib")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        long removed = StripNatives.strip(jar, LINUX);
        assertThat(removed).isEqualTo(("content of lib/windows/x86_64/xgboost4j.dll"
                + "content of lib/macos/aarch64/libxgboost4j.dylib").length());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .containsExactly("ml/dmlc/xgboost4j/java/Booster.class", "lib/linux/x86_64/libxgboost4j.so");
            assertThat(new String(zip.getInputStream(zip.getEntry("lib/linux/x86_64/libxgboost4j.so")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("content of lib/linux/x86_64/libxgboost4j.so");
        }
        assertThat(StripNatives.foreignEntries(jar, LINUX)).isEmpty();
        assertThat(StripNatives.strip(jar, LINUX)).isZero();
        assertThat(Files.list(dir)).containsExactly(jar);
    }
}
