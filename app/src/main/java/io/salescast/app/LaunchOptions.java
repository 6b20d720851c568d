package io.salescast.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks the workbench to open.
 *
 * @param openSample   {@code --sample}: open the bundled sample store
 * @param file         a project or spreadsheet to open, or null
 * @param startupProbe {@code --startup-probe=FILE}: write the time to an interactive window there
 *                     and exit (benchmarks)
 */
public record LaunchOptions(boolean openSample, Path file, Path startupProbe) {

    /** Parses the arguments; unknown options are ignored (logged by the caller). */
    public static LaunchOptions parse(List<String> args) {
        boolean sample = false;
        Path file = null;
        Path probe = null;
        for (String a : args) {
            if (a.equals("--sample")) {
                sample = true;
            } else if (a.startsWith("--startup-probe=")) {
                probe = Path.of(a.substring("--startup-probe=".length()));
            } else if (!a.startsWith("-")) {
                file = Path.of(a);
            }
        }
        return new LaunchOptions(sample, file, probe);
    }
}
