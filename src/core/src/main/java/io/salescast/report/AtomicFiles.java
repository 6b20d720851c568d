package io.salescast.report;

import io.salescast.core.Location;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Atomic saves of report files ({@link io.salescast.core.AtomicFiles}), failing with a
 * {@link ReportException} that tells the user what to check.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw IOException. */
    @FunctionalInterface
    public interface StreamWriter extends io.salescast.core.AtomicFiles.StreamWriter {
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws ReportException when the file cannot be written (folder missing, read-only, file
     *                         open in another program...)
     */
    public static void write(Path target, StreamWriter writer) {
        Path abs = target.toAbsolutePath();
        try {
            io.salescast.core.AtomicFiles.write(abs, writer);
        } catch (IOException e) {
            throw new ReportException("Could not write " + abs.getFileName() + ": " + e.getMessage(),
                    "Check that the folder exists and is writable, and that the file is not open in another program.",
                    Location.ofFile(abs.toString()), e);
        }
    }
}
