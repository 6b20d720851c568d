package io.salescast.report;

import io.salescast.report.BacktestResults.SeriesMetrics;
import io.salescast.report.BacktestResults.StepMetrics;
import io.salescast.series.Columns;
import io.salescast.series.StaticAttributes;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backtest sheets: metrics per model, the primary metric per horizon step with a native chart of
 * error by horizon, and the detail tables per step and per product.
 */
final class BacktestSheets {

    static final String NAME = "Backtest";

    private final ReportStyles styles;
    private final SheetNames names;

    BacktestSheets(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    /** Writes the sheets; returns their names. */
    List<String> write(Workbook wb, BacktestResults bt, StaticAttributes attrs) {
        Sheet sheet = wb.createSheet(names.unique(NAME));
        List<String> written = new ArrayList<>(List.of(sheet.getSheetName()));
        SheetCells.text(styles, sheet.createRow(0), 0, "Backtest: rolling-origin evaluation of every model", styles.title);
        if (bt.isEmpty()) {
            SheetCells.text(styles, sheet.createRow(2), 0, "No backtest was run for this report.", styles.subtitle);
            return written;
        }
        int r = perModel(sheet, bt, 2);
        byHorizon(wb, sheet, bt, r + 2);
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c < 4 + bt.metricNames().size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        SheetCells.fitToPageWidth(sheet, true);
        if (!bt.byStep().isEmpty()) {
            written.add(stepTable(wb, bt));
        }
        if (!bt.bySeries().isEmpty()) {
            written.add(seriesTable(wb, bt, attrs));
        }
        return written;
    }

    private int perModel(Sheet sheet, BacktestResults bt, int r) {
        SheetCells.text(styles, sheet.createRow(r++), 0, "Metrics per model (all windows, all series)", styles.label);
        Row h = sheet.createRow(r++);
        h.setHeightInPoints(32);
        List<String> head = new ArrayList<>(List.of("Model", "Baseline", "Skill vs seasonal naive"));
        head.addAll(bt.metricNames());
        for (int c = 0; c < head.size(); c++) {
            SheetCells.text(styles, h, c, head.get(c), styles.header);
        }
        for (LeaderboardRow lr : bt.leaderboard()) {
            Row row = sheet.createRow(r++);
            SheetCells.text(styles, row, 0, lr.model(), styles.text);
            SheetCells.text(styles, row, 1, lr.baseline() ? "yes" : "no", styles.text);
            SheetCells.number(row, 2, lr.skill(), styles.percent);
            for (int i = 0; i < lr.values().length; i++) {
                SheetCells.number(row, 3 + i, lr.values()[i], styles.metric);
            }
        }
        return r;
    }

    private void byHorizon(Workbook wb, Sheet sheet, BacktestResults bt, int r) {
        if (bt.byStep().isEmpty()) {
            return;
        }
        int m = bt.primaryIndex();
        Map<String, Map<Integer, Double>> byModel = new LinkedHashMap<>();
        TreeSet<Integer> steps = new TreeSet<>();
        for (StepMetrics s : bt.byStep()) {
            byModel.computeIfAbsent(s.model(), k -> new LinkedHashMap<>()).put(s.step(), s.values()[m]);
            steps.add(s.step());
        }
        List<String> models = new ArrayList<>(byModel.keySet());
        SheetCells.text(styles, sheet.createRow(r++), 0, bt.primaryMetric() + " by horizon step", styles.label);
        int header = r++;
        Row h = sheet.createRow(header);
        SheetCells.text(styles, h, 0, "Step", styles.header);
        for (int c = 0; c < models.size(); c++) {
            SheetCells.text(styles, h, c + 1, models.get(c), styles.header);
        }
        double[] stepValues = steps.stream().mapToDouble(Integer::doubleValue).toArray();
        double[][] values = new double[models.size()][steps.size()];
        int i = 0;
        for (int step : steps) {
            Row row = sheet.createRow(r++);
            SheetCells.number(row, 0, step, styles.integer);
            for (int c = 0; c < models.size(); c++) {
                Double v = byModel.get(models.get(c)).get(step);
                values[c][i] = v == null ? Double.NaN : v;
                SheetCells.number(row, c + 1, values[c][i], styles.metric);
            }
            i++;
        }
        String name = sheet.getSheetName();
        int first = header + 1;
        int last = header + steps.size();
        List<XddfCharts.Line> lines = new ArrayList<>();
        for (int c = 0; c < models.size(); c++) {
            lines.add(new XddfCharts.Line(models.get(c), new CellReference(name, header, c + 1, true, true),
                    new XddfCharts.Range(name, first, last, c + 1), values[c], XddfCharts.palette(c), false));
        }
        int chartCol = Math.max(models.size() + 2, 5 + bt.metricNames().size());
        XSSFChart chart = XddfCharts.create(Workbooks.xssf(wb, sheet).createDrawingPatriarch(), chartCol, header - 1,
                chartCol + 9, header + 20, bt.primaryMetric() + " by horizon step (lower is better)");
        XddfCharts.lines(chart, stepValues, new XddfCharts.Range(name, first, last, 0), lines, "Horizon step", bt.primaryMetric());
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, chartCol + 9, 0, Math.max(last, header + 20));
    }

    private String stepTable(Workbook wb, BacktestResults bt) {
        List<TableWriter.Column> cols = new ArrayList<>();
        cols.add(new TableWriter.Column("model", ColumnType.TEXT));
        cols.add(new TableWriter.Column("step", ColumnType.INTEGER));
        bt.metricNames().forEach(n -> cols.add(new TableWriter.Column(n, ColumnType.METRIC)));
        TableWriter t = new TableWriter(wb, styles, names, "Backtest by step", cols, 0);
        for (StepMetrics s : bt.byStep()) {
            t.row().text(s.model()).number(s.step());
            for (double v : s.values()) {
                t.number(v);
            }
        }
        t.finish();
        return t.sheets().get(0).getSheetName();
    }

    private String seriesTable(Workbook wb, BacktestResults bt, StaticAttributes attrs) {
        List<TableWriter.Column> cols = new ArrayList<>();
        cols.add(new TableWriter.Column("model", ColumnType.TEXT));
        cols.add(new TableWriter.Column(Columns.UNIQUE_ID, ColumnType.TEXT));
        attrs.names().forEach(a -> cols.add(new TableWriter.Column(a, ColumnType.TEXT)));
        bt.metricNames().forEach(n -> cols.add(new TableWriter.Column(n, ColumnType.METRIC)));
        TableWriter t = new TableWriter(wb, styles, names, "Backtest by product", cols, 0);
        for (SeriesMetrics s : bt.bySeries()) {
            t.row().text(s.model()).text(s.id());
            for (String a : attrs.names()) {
                t.text(attrs.get(s.id(), a));
            }
            for (double v : s.values()) {
                t.number(v);
            }
        }
        t.finish();
        return t.sheets().get(0).getSheetName();
    }
}
