package io.salescast.report;

import io.salescast.series.SalesPanel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The first sheet: what was forecast from which data, the leaderboard (baselines included, with
 * skill versus seasonal naive), key settings and the run's provenance.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    private final ReportStyles styles;
    private Sheet sheet;
    private int r;

    SummarySheet(ReportStyles styles) {
        this.styles = styles;
    }

    void write(Workbook wb, SheetNames names, ReportInput in, List<String> sheetIndex) {
        sheet = wb.createSheet(names.unique(NAME));
        r = 0;
        ReportSummary s = in.summary();
        SalesPanel h = in.history();
        cell(row(), 0, "Salescast forecast report: " + s.title(), styles.title);
        cell(row(), 0, "Generated " + LocalDateTime.ofInstant(s.generatedAt(), ZoneId.of("UTC")).withNano(0)
                .toString().replace('T', ' ') + " UTC", styles.subtitle);
        r++;
        pair("Data source", s.dataSource());
        Row period = row();
        cell(period, 0, "Period covered", styles.label);
        date(period, 1, h.firstDate());
        cell(period, 2, "to", styles.text);
        date(period, 3, h.lastDate());
        pair("Frequency", h.frequency().name().toLowerCase(java.util.Locale.ROOT));
        number("Number of series", h.size());
        number("History rows", h.rowCount());
        number("Forecast horizon (periods)", s.horizon());
        pair("Models", String.join(", ", s.models()));
        pair("Model shown in charts and wide view", in.chosenModel());
        pair("Interval levels", String.join(", ", in.levels().stream().map(l -> l + "%").toList()));
        r++;
        leaderboard(in.backtest());
        r++;
        section("Settings", s.settings());
        section("Run provenance", s.provenance());
        r++;
        cell(row(), 0, "Sheets in this workbook", styles.label);
        for (String name : sheetIndex) {
            cell(row(), 0, name, styles.text);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        for (int c = 2; c < 12; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        SheetCells.fitToPageWidth(sheet, false);
    }

    private void leaderboard(BacktestResults bt) {
        cell(row(), 0, "Leaderboard (backtest, best first)", styles.label);
        if (bt.leaderboard().isEmpty()) {
            cell(row(), 0, "No backtest was run: models are not ranked.", styles.subtitle);
            return;
        }
        Row head = row();
        head.setHeightInPoints(45);
        String[] fixed = {"Model (best first)", "Baseline", "Skill vs seasonal naive (" + bt.primaryMetric() + ")"};
        int c = 0;
        for (String f : fixed) {
            cell(head, c++, f, styles.header);
        }
        for (String m : bt.metricNames()) {
            cell(head, c++, m, styles.header);
        }
        for (LeaderboardRow lr : bt.leaderboard()) {
            Row row = row();
            cell(row, 0, lr.model(), styles.textFor(lr.model()));
            cell(row, 1, lr.baseline() ? "yes" : "no", styles.text);
            num(row, 2, lr.skill(), styles.percent);
            for (int i = 0; i < lr.values().length; i++) {
                num(row, 3 + i, lr.values()[i], styles.metric);
            }
        }
        cell(row(), 0, "Skill = 1 - " + bt.primaryMetric() + "(model) / " + bt.primaryMetric()
                + "(seasonal naive); above 0% beats seasonal naive.", styles.subtitle);
    }

    private void section(String title, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        cell(row(), 0, title, styles.label);
        values.forEach(this::pair);
        r++;
    }

    private void pair(String key, String value) {
        Row row = row();
        cell(row, 0, key, styles.label);
        cell(row, 1, value, styles.textFor(value));
    }

    private void number(String key, double value) {
        Row row = row();
        cell(row, 0, key, styles.label);
        num(row, 1, value, styles.integer);
    }

    private Row row() {
        return sheet.createRow(r++);
    }

    private void date(Row row, int c, LocalDate d) {
        if (d != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        }
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void num(Row row, int c, double value, CellStyle style) {
        if (Double.isFinite(value)) {
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
