package io.salescast.report;

import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.Map;

/**
 * Every setting and provenance line of the run in full (the Summary shortens long values such as
 * Tribuo's model provenance), for audits and for reproducing the run.
 */
final class ProvenanceSheet {

    static final String NAME = "Provenance";

    private final ReportStyles styles;
    private final SheetNames names;

    ProvenanceSheet(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    String write(Workbook wb, ReportSummary summary) {
        TableWriter t = new TableWriter(wb, styles, names, NAME, List.of(
                new TableWriter.Column("section", ColumnType.TEXT),
                new TableWriter.Column("item", ColumnType.TEXT),
                new TableWriter.Column("value", ColumnType.LONG_TEXT)), 0);
        rows(t, "setting", summary.settings());
        rows(t, "provenance", summary.provenance());
        t.finish();
        return t.sheets().get(0).getSheetName();
    }

    private static void rows(TableWriter t, String section, Map<String, String> values) {
        values.forEach((k, v) -> t.row().text(section).text(k).text(v));
    }
}
