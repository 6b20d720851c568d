package io.salescast.cli;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.Importer;
import io.salescast.ingest.Inspection;
import io.salescast.ingest.Preview;
import io.salescast.ingest.SourceInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code salescast inspect FILE}: what Salescast sees in a file: format, sheets, the inferred
 * columns with their types, the first rows and the problems found.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show the sheets, inferred columns and types, first rows and problems of a CSV, XLSX or XLS file."})
final class InspectCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV (also .gz), XLSX or XLS file.")
    private Path file;

    @Mixin
    private ReadOptionsMixin read = new ReadOptionsMixin();

    @Option(names = "--rows", paramLabel = "N", defaultValue = "5", description = "Rows of preview per sheet (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--problems", paramLabel = "N", defaultValue = "20", description = "Problems listed per sheet (default: ${DEFAULT-VALUE}).")
    private int problems;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = ProgressBar.orNone(spec.commandLine().getErr(), quiet);
        Inspection ins;
        try {
            ins = Importer.inspect(file, read.toOptions(spec.commandLine()), bar == null ? ProgressListener.NONE : bar,
                    CancellationToken.none());
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        SourceInfo s = ins.source();
        out.printf(Locale.ROOT, "%s: %s%s%s%n", s.file(), s.format(), s.gzip() ? " (gzip)" : "",
                s.encoding() == null ? "" : ", " + s.encoding() + ", delimiter " + describe(s.delimiter()));
        for (Inspection.SheetInspection sh : ins.sheets()) {
            out.println();
            out.println(sh.sheet() == null ? "Table" : "Sheet \"" + sh.sheet() + "\"");
            if (sh.error() != null) {
                out.println("  cannot be read: " + sh.error().getMessage());
                continue;
            }
            Preview p = sh.preview();
            out.printf(Locale.ROOT, "  %,d rows, %d columns%n", p.totalRows(), p.columns().size());
            for (int i = 0; i < p.columns().size(); i++) {
                out.printf(Locale.ROOT, "    %-28s %s%n", p.columns().get(i), p.types().get(i).name().toLowerCase(Locale.ROOT));
            }
            printPreview(out, p, rows);
            ReportPrinter.print(out, sh.report(), problems, "  ");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(Character d) {
        return d == null ? "?" : d == '\t' ? "tab" : "'" + d + "'";
    }

    private static void printPreview(PrintWriter out, Preview p, int n) {
        List<List<String>> rows = p.rows().subList(0, Math.min(n, p.rows().size()));
        if (rows.isEmpty()) {
            return;
        }
        int cols = p.columns().size();
        int[] w = new int[cols];
        for (int c = 0; c < cols; c++) {
            w[c] = Math.min(24, p.columns().get(c).length());
            for (List<String> r : rows) {
                w[c] = Math.min(24, Math.max(w[c], r.get(c).length()));
            }
        }
        out.println("  First rows:");
        out.println("    " + line(p.columns(), w));
        for (List<String> r : rows) {
            out.println("    " + line(r, w));
        }
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String v = cells.get(c);
            if (v.length() > w[c]) {
                v = v.substring(0, w[c] - 1) + "~";
            }
            sb.append(String.format(Locale.ROOT, "%-" + w[c] + "s", v)).append(c + 1 < w.length ? " | " : "");
        }
        return sb.toString().stripTrailing();
    }
}
