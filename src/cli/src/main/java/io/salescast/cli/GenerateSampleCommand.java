package io.salescast.cli;

import io.salescast.core.ProgressListener;
import io.salescast.sample.SampleFiles;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast generate-sample}: writes the seeded sample store (daily workbook, weekly wide
 * workbook, order lines, truth JSON) into a folder. With no options it reproduces the bundled
 * {@code samples/} files exactly.
 */
@Command(name = "generate-sample",
        mixinStandardHelpOptions = true,
        description = {"Generate a realistic online-store sample with known, recorded behaviours.",
            "Without options it rewrites the bundled samples (200 products, 2023-2025, seed 42) into ./samples."})
final class GenerateSampleCommand implements Callable<Integer> {

    /** Presets of {@link SampleOptions}. */
    enum Preset { tiny, sample, benchmark }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "samples",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "sample",
            description = "Starting point: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Preset preset;

    @Option(names = "--products", paramLabel = "N", description = "Number of products (e.g. 5000 for benchmarks).")
    private Integer products;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default 42).")
    private Long seed;

    @Option(names = "--years", paramLabel = "N", description = "Whole years of daily sales from the start date.")
    private Integer years;

    @Option(names = "--start", paramLabel = "DATE",
            description = "First day, ISO date (default: the preset's, 2023-01-01 for sample).")
    private LocalDate start;

    @Option(names = "--order-lines", negatable = true,
            description = "Write the order-lines CSV (default: on for the sample preset, off for tiny and benchmark).")
    private Boolean orderLines;

    @Option(names = {"-q", "--quiet"}, description = "Do not report progress.")
    private boolean quiet;

    @Override
    public Integer call() {
        SampleOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        SampleFiles files;
        try (Interrupts interrupts = new Interrupts(); ProgressBar bar = ProgressBar.orNone(err, quiet)) {
            ProgressListener progress = bar != null ? bar : quiet ? ProgressListener.NONE : new ProgressLines(err);
            files = SampleWriter.write(options, out, progress, interrupts.token());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Generated %d products, %s to %s, seed %d, into %s:%n", options.products(), options.start(),
                options.end(), options.seed(), files.directory().toAbsolutePath().normalize());
        for (SampleFiles.WrittenFile f : files.files()) {
            o.printf(Locale.ROOT, "  %-36s %9.1f MB  %,d %s  (%s)%n", f.path().getFileName(), f.bytes() / 1e6, f.records(),
                    unit(f), f.description());
        }
        o.flush();
        return ExitCodes.OK;
    }

    private static String unit(SampleFiles.WrittenFile f) {
        String name = f.path().getFileName().toString();
        return name.endsWith(SampleWriter.WEEKLY) ? "weeks" : name.endsWith(SampleWriter.TRUTH) ? "products" : "rows";
    }

    /** The preset with the options given on the command line applied. */
    SampleOptions options() {
        SampleOptions o = switch (preset) {
            case tiny -> SampleOptions.tiny();
            case sample -> SampleOptions.sample();
            case benchmark -> SampleOptions.benchmark();
        };
        if (start != null) {
            o = o.withRange(start, start.plusDays(o.days() - 1L));
        }
        if (years != null) {
            o = o.withYears(years);
        }
        if (products != null) {
            o = o.withProducts(products);
        }
        if (seed != null) {
            o = o.withSeed(seed);
        }
        if (orderLines != null) {
            o = o.withOrderLines(orderLines);
        }
        return o;
    }

    /** Without a terminal (logs, pipes): one line per stage and tenth of progress on stderr. */
    private static final class ProgressLines implements ProgressListener {
        private final PrintWriter err;
        private String stage = "";
        private int tenth = -1;

        ProgressLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(String newStage, double fraction, String message) {
            int t = (int) Math.floor(Math.max(0, fraction) * 10);
            if (!newStage.equals(stage) || t != tenth) {
                stage = newStage;
                tenth = t;
                err.printf(Locale.ROOT, "%-16s %3d%%  %s%n", newStage, t * 10, message);
                err.flush();
            }
        }
    }
}
