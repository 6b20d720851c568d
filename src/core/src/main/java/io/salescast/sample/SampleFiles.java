package io.salescast.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SampleWriter} wrote.
 *
 * @param directory the output directory
 * @param files     the files, in the order written
 */
public record SampleFiles(Path directory, List<WrittenFile> files) {

    /** Defensive copy. */
    public SampleFiles {
        files = List.copyOf(files);
    }

    /**
     * One written file.
     *
     * @param path        where it is
     * @param description what it holds
     * @param records     data rows (or products, or week columns), as described
     * @param bytes       size on disk
     */
    public record WrittenFile(Path path, String description, long records, long bytes) {
    }
}
