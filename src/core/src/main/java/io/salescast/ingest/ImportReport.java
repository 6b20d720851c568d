package io.salescast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything worth knowing about one import: counters and the list of problems found, from
 * reading the file to shaping the series. Data only; the desktop app shows it beside the data
 * (highlighting {@link ImportProblem#rows()}), the Excel report writes it to a "Data quality" sheet.
 *
 * @param file          file name as the user knows it
 * @param sheet         sheet read, or null for text files
 * @param rowsRead      data rows read below the header (blank rows included)
 * @param rowsImported  rows kept in the table (or, after shaping, rows that went into series)
 * @param rowsSkipped   rows left out (blank, totals, no date, no key), each one listed in a problem
 * @param invalidCells  cells that could not be read as their column's type (left missing)
 * @param periodsFilled periods without rows that were filled by a stated rule
 * @param problems      problems, in the order found
 */
public record ImportReport(String file, String sheet, long rowsRead, long rowsImported, long rowsSkipped,
                           long invalidCells, long periodsFilled, List<ImportProblem> problems) {

    /** Copies the list. */
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Problems of one severity. */
    public List<ImportProblem> problems(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /** Problems of one kind. */
    public List<ImportProblem> problems(ProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** Total count of one kind of problem (sum of counts). */
    public long count(ProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).mapToLong(ImportProblem::count).sum();
    }

    /** Whether any problem is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * This report followed by a later stage's report of the same data (shaping after reading):
     * problems are concatenated, skipped rows, invalid cells and filled periods add up, and the
     * later stage's count of imported rows wins.
     */
    public ImportReport then(ImportReport later) {
        Objects.requireNonNull(later, "later");
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(later.problems);
        return new ImportReport(file, sheet, rowsRead, later.rowsImported, rowsSkipped + later.rowsSkipped,
                invalidCells + later.invalidCells, periodsFilled + later.periodsFilled, all);
    }

    /**
     * This report with the problems of another table used beside it (e.g. a separate attribute
     * table) appended; the counters stay this report's.
     */
    public ImportReport withProblemsOf(ImportReport other) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ImportReport(file, sheet, rowsRead, rowsImported, rowsSkipped, invalidCells, periodsFilled, all);
    }
}
