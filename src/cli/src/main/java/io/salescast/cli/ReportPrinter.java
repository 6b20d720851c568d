package io.salescast.cli;

import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.Severity;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints problems of an import report, most severe first. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void print(PrintWriter out, ImportReport report, int limit, String indent) {
        List<ImportProblem> ps = report.problems().stream()
                .sorted((a, b) -> b.severity().compareTo(a.severity())).toList();
        if (ps.isEmpty()) {
            out.println(indent + "No problems found.");
            return;
        }
        long errors = ps.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = ps.stream().filter(p -> p.severity() == Severity.WARNING).count();
        out.printf(Locale.ROOT, "%sProblems: %d errors, %d warnings, %d notes%n", indent, errors, warnings, ps.size() - errors - warnings);
        for (int i = 0; i < Math.min(limit, ps.size()); i++) {
            ImportProblem p = ps.get(i);
            String where = p.location().describe();
            String rows = p.rows().isEmpty() ? "" : " rows " + p.rows().stream().limit(8).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + (p.rows().size() > 8 || p.count() > p.rows().size() ? ", ..." : "");
            out.printf(Locale.ROOT, "%s  %-7s %s%s%s%s%n", indent, p.severity(), p.message(),
                    p.count() > 1 ? " (x" + p.count() + ")" : "", where.isEmpty() ? "" : " [" + where + "]", rows);
        }
        if (ps.size() > limit) {
            out.printf(Locale.ROOT, "%s  ... %d more (write them all with --report FILE)%n", indent, ps.size() - limit);
        }
    }
}
