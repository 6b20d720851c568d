package io.salescast.app.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes files so that a crash never leaves a half-written one behind. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to a temporary sibling of {@code target}, then moves it over the target
     * in one step (atomically where the file system allows it).
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            io.salescast.core.AtomicFiles.moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
