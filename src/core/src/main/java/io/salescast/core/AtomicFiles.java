package io.salescast.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Atomic saves: content goes to a temporary file in the target's directory, which then replaces
 * the target in one move, so a crash or a cancel never leaves a half-written file behind. Every
 * export (CSV, workbook) goes through here.
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
     * Writes {@code target} atomically, creating its folder if needed.
     *
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            ordinaryPermissions(abs, tmp);
            moveOver(tmp, abs);
            tmp = null;
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

    /**
     * Moves a finished temporary file over {@code target} in one step where the file system
     * allows it (else a plain replacing move).
     */
    public static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives a temporary file that is about to replace {@code target} the permissions of the file
     * it replaces, or ordinary ones (owner read-write, others read) instead of the owner-only
     * permissions {@code Files.createTempFile} gives, so that saved projects and exports can be
     * shared like other documents. Does nothing where POSIX permissions do not exist.
     */
    public static void ordinaryPermissions(Path target, Path tmp) {
        try {
            if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a courtesy; the content is what matters
        }
    }
}
