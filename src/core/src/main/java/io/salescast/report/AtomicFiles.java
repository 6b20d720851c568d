package io.salescast.report;

import io.salescast.core.Location;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic saves: content goes to a temporary file in the target's directory, which then replaces
 * the target in one move, so a crash or a cancel never leaves a half-written report behind.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw IOException. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes everything to {@code out} (which the caller closes). */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Gives the new file the permissions of the file it replaces, or ordinary ones (owner
     * read-write, others read) instead of the temp file's owner-only permissions.
     */
    private static void copyPermissions(Path target, Path tmp) {
        try {
            if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                return;
            }
            Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a courtesy; the content is what matters
        }
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws ReportException when the file cannot be written (folder missing, read-only, file
     *                         open in another program...)
     */
    public static void write(Path target, StreamWriter writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            copyPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new ReportException("Could not write " + abs.getFileName() + ": " + e.getMessage(),
                    "Check that the folder exists and is writable, and that the file is not open in another program.",
                    Location.ofFile(abs.toString()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp file is hidden and named after the target
                }
            }
        }
    }
}
