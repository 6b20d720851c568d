package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import java.util.List;
import java.util.Map;

/**
 * The Charts sheet (a grid of native line charts: history, forecast and interval band, for the
 * chosen products and for each category total) and the Chart data sheet holding the numbers
 * behind every chart, one block per chart, which the charts reference cell by cell.
 */
final class ChartSheets {

    static final String CHARTS_NAME = "Charts";
    static final String DATA_NAME = "Chart data";

    private static final int CHART_COLS = 9;
    private static final int CHART_ROWS = 18;
    private static final int FIRST_CHART_ROW = 3;
    /** Rows of two charts printed per landscape page. */
    private static final int CHART_ROWS_PER_PAGE = 3;
    private static final String[] HEADERS = {"ds", "actual", "forecast", "lo", "hi", "band base (chart helper)",
        "band width (chart helper)"};

    private final ReportStyles styles;
    private final SheetNames names;

    ChartSheets(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    /**
     * Writes both sheets; returns their names (charts first). Products come first, then
     * category totals.
     */
    List<String> write(Workbook wb, ReportInput in, List<String> productIds, Map<String, List<String>> categories,
                       int historyPeriods, ProgressListener progress, CancellationToken cancel) {
        int level = ChartSeriesBuilder.bandLevel(in.levels());
        ChartSeriesBuilder builder = new ChartSeriesBuilder(in.history(), in.forecast(), in.chosenModel(), level, historyPeriods);
        Sheet charts = wb.createSheet(names.unique(CHARTS_NAME));
        Sheet data = wb.createSheet(names.unique(DATA_NAME));
        Row title = charts.createRow(0);
        cell(title, 0, "History and forecast (" + in.chosenModel() + (level > 0 ? ", " + level + "% interval band" : "")
                + ")", styles.title);
        cell(charts.createRow(1), 0, "Numbers behind each chart: sheet '" + data.getSheetName()
                + "'. Category totals sum the products' forecasts and bounds (a conservative band).", styles.subtitle);
        charts.setFitToPage(true);
        charts.getPrintSetup().setLandscape(true);
        charts.getPrintSetup().setFitWidth((short) 1);
        charts.getPrintSetup().setFitHeight((short) 0);
        for (int c = 0; c < 2 * CHART_COLS; c++) {
            charts.setColumnWidth(c, 10 * 256);
        }
        XSSFDrawing drawing = Workbooks.xssf(wb, charts).createDrawingPatriarch();
        int[] nextDataRow = {0};
        int total = productIds.size() + categories.size();
        int index = 0;
        for (String id : productIds) {
            cancel.throwIfCancelled();
            progress.progress("report", index / (double) Math.max(1, total), "Chart " + (index + 1) + " of " + total);
            place(drawing, charts, data, builder.product(id), index++, nextDataRow);
        }
        for (var e : categories.entrySet()) {
            cancel.throwIfCancelled();
            place(drawing, charts, data, builder.total(e.getKey() + " (total)", e.getValue()), index++, nextDataRow);
        }
        data.setColumnWidth(0, 12 * 256);
        for (int c = 1; c < HEADERS.length; c++) {
            data.setColumnWidth(c, 14 * 256);
        }
        return List.of(charts.getSheetName(), data.getSheetName());
    }

    private void place(XSSFDrawing drawing, Sheet charts, Sheet data, ChartSeries s, int index, int[] nextRow) {
        int r0 = nextRow[0];
        Block b = writeBlock(data, s, r0);
        nextRow[0] = b.last + 2;
        if (s.size() == 0) {
            return;
        }
        int col = (index % 2) * CHART_COLS;
        int row = FIRST_CHART_ROW + (index / 2) * (CHART_ROWS + 1);
        if (index % 2 == 0 && index > 0 && (index / 2) % CHART_ROWS_PER_PAGE == 0) {
            charts.setRowBreak(row - 1);
        }
        XSSFChart chart = XddfCharts.create(drawing, col, row, col + CHART_COLS - 1, row + CHART_ROWS, s.title());
        String sheet = data.getSheetName();
        int first = b.header + 1;
        XddfCharts.forecast(chart, s,
                new XddfCharts.Range(sheet, first, b.last, 0), new XddfCharts.Range(sheet, first, b.last, 1),
                new XddfCharts.Range(sheet, first, b.last, 2), new XddfCharts.Range(sheet, first, b.last, 5),
                new XddfCharts.Range(sheet, first, b.last, 6),
                new CellReference(sheet, b.header, 1, true, true), new CellReference(sheet, b.header, 2, true, true),
                new CellReference(sheet, b.header, 6, true, true));
    }

    /** Rows of one block: title, header, data. */
    private record Block(int header, int last) {
    }

    private Block writeBlock(Sheet data, ChartSeries s, int r0) {
        cell(data.createRow(r0), 0, s.title(), styles.label);
        Row h = data.createRow(r0 + 1);
        String[] headers = HEADERS.clone();
        headers[2] = s.model();
        headers[3] = s.level() > 0 ? s.model() + "-lo-" + s.level() : "lo";
        headers[4] = s.level() > 0 ? s.model() + "-hi-" + s.level() : "hi";
        headers[6] = s.level() + "% interval";
        for (int c = 0; c < headers.length; c++) {
            cell(h, c, headers[c], styles.header);
        }
        double[] base = s.bandBase();
        double[] width = s.bandWidth();
        int r = r0 + 2;
        for (int i = 0; i < s.size(); i++, r++) {
            Row row = data.createRow(r);
            Cell d = row.createCell(0);
            d.setCellValue(SheetCells.dateSerial(s.dates().get(i)));
            d.setCellStyle(styles.date);
            num(row, 1, s.actual()[i]);
            num(row, 2, s.forecast()[i]);
            num(row, 3, s.lo()[i]);
            num(row, 4, s.hi()[i]);
            num(row, 5, base[i]);
            num(row, 6, width[i]);
        }
        return new Block(r0 + 1, Math.max(r0 + 1, r - 1));
    }

    private void num(Row row, int c, double v) {
        if (Double.isFinite(v)) {
            Cell cell = row.createCell(c);
            cell.setCellValue(v);
            cell.setCellStyle(styles.decimal);
        }
    }

    private void cell(Row row, int c, String v, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(SafeText.isDangerous(v) ? styles.quotedText : style);
    }
}
