package io.salescast.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Atomic saves: all or nothing, no temp files left, ordinary permissions (not the temp file's owner-only ones). */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesWholeFilesWithOrdinaryPermissionsAndKeepsTheOldOnesOfAReplacedFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("sub").resolve("report.csv");
        AtomicFiles.write(f, out -> out.write("a,b\n".getBytes()));
        assertThat(Files.readString(f)).isEqualTo("a,b\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(f, out -> out.write("c,d\n".getBytes()));
        assertThat(Files.readString(f)).isEqualTo("c,d\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
        try (var files = Files.list(f.getParent())) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndNoTempFile() throws Exception {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }
}
