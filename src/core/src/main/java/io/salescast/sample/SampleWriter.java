package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.Location;
import io.salescast.core.ProgressListener;
import io.salescast.core.SalescastException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a store and streams it to files in a directory: the daily workbook, the weekly wide
 * workbook, the order-lines CSV (gzipped; optional) and the truth JSON. Each file is written to a
 * temporary name and moved into place when complete, so a cancelled or failed run leaves no
 * half-written file behind.
 */
public final class SampleWriter {

    /** File name prefix of the bundled sample. */
    public static final String PREFIX = "sample-store";
    /** Daily workbook name. */
    public static final String DAILY = PREFIX + "-daily.xlsx";
    /** Weekly wide workbook name. */
    public static final String WEEKLY = PREFIX + "-weekly-wide.xlsx";
    /** Order-lines CSV name. */
    public static final String ORDER_LINES = PREFIX + "-order-lines.csv.gz";
    /** Truth JSON name. */
    public static final String TRUTH = PREFIX + "-truth.json";

    private SampleWriter() {
    }

    /** Generates the store of {@code options} and writes its files into {@code directory}. */
    public static SampleFiles write(SampleOptions options, Path directory, ProgressListener progress,
            CancellationToken cancel) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SalescastException("Cannot create the output folder.", "Choose a folder you can write to.",
                    Location.ofFile(directory.toString()), e);
        }
        SimulatedStore store = SampleStore.simulate(options, progress, cancel);
        List<SampleFiles.WrittenFile> files = new ArrayList<>();
        files.add(atomically(directory.resolve(DAILY), "daily sales and products",
                t -> DailyWorkbookWriter.write(store, t, progress, cancel)));
        files.add(atomically(directory.resolve(WEEKLY), "weekly wide units, one column per week",
                t -> WeeklyWideWriter.write(store, t, progress, cancel)));
        if (options.orderLines()) {
            files.add(atomically(directory.resolve(ORDER_LINES), "order lines",
                    t -> OrderLinesWriter.write(store, t, true, progress, cancel)));
        }
        files.add(atomically(directory.resolve(TRUTH), "planted truth", t -> {
            TruthJson.write(store.truth(), t);
            return store.truth().products().size();
        }));
        return new SampleFiles(directory, files);
    }

    /** Writes one file through a temporary sibling. */
    private static SampleFiles.WrittenFile atomically(Path target, String description, FileJob job) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            long records = job.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SampleFiles.WrittenFile(target, description, records, Files.size(target));
        } catch (IOException e) {
            throw new SalescastException("Cannot write " + target.getFileName() + ": " + e.getMessage(),
                    "Check that the folder is writable and the disk has space.", Location.ofFile(target.toString()), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and replaced by the next run
            }
        }
    }

    @FunctionalInterface
    private interface FileJob {
        long write(Path target) throws IOException;
    }
}
