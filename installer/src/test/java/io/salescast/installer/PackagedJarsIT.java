package io.salescast.installer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jars that {@code mvn package} leaves in {@code src/cli/target} and {@code app/target}
 * (and that the installers bundle): {@code java -jar} finds every library, and the command line
 * carries no JavaFX.
 */
class PackagedJarsIT {

    private static final List<String> DESKTOP_ONLY = List.of("javafx-", "controlsfx", "atlantafx", "ikonli");

    @Test
    void cliJarClassPathHasNoDesktopLibrariesAndEveryEntryExists() throws IOException {
        Path jar = jar("salescast.cliJar");
        Manifest m = manifest(jar);
        assertThat(m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("io.salescast.cli.SalescastCli");
        List<String> cp = classPath(m);
        assertThat(cp).isNotEmpty().allSatisfy(e -> assertThat(DESKTOP_ONLY).noneMatch(e::contains));
        assertThat(cp).anyMatch(e -> e.contains("picocli")).anyMatch(e -> e.contains("salescast-core"));
        assertThat(cp).allSatisfy(e -> assertThat(jar.resolveSibling(e)).isRegularFile());
    }

    @Test
    void appJarClassPathHasJavaFxForThisPlatformAndEveryEntryExists() throws IOException {
        Path jar = jar("salescast.appJar");
        Manifest m = manifest(jar);
        assertThat(m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("io.salescast.app.Main");
        List<String> cp = classPath(m);
        assertThat(cp).anyMatch(e -> e.matches("lib/javafx-graphics-[0-9.]+-(linux|win|mac|mac-aarch64)\\.jar"));
        assertThat(cp).allSatisfy(e -> assertThat(jar.resolveSibling(e)).isRegularFile());
    }

    @Test
    void cliJarRunsWithJavaDashJar() throws Exception {
        Path jar = jar("salescast.cliJar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Usage: salescast");
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        assertThat(path).as("system property " + property + " (set by this module's pom)").isNotNull();
        Path jar = Path.of(path).normalize();
        assertThat(jar).as("run `mvn package` for the whole reactor first").isRegularFile();
        return jar;
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest();
        }
    }

    private static List<String> classPath(Manifest m) {
        String cp = m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        return cp == null ? List.of() : Arrays.stream(cp.trim().split("\\s+")).toList();
    }
}
