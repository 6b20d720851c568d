package io.salescast.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Gives the benchmarks (another package) access to the hostile test fixtures. */
public final class BenchFixtures {

    private BenchFixtures() {
    }

    /** An XLSX zip bomb whose sheet inflates to {@code megabytes} MB. */
    public static void zipBomb(Path file, int megabytes) throws IOException {
        IngestFixtures.zipBomb(file, megabytes);
    }
}
