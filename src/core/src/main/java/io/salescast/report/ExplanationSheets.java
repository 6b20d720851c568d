package io.salescast.report;

import io.salescast.report.ExplanationResults.FeatureImportance;
import io.salescast.report.ExplanationResults.SeriesExplanation;
import io.salescast.series.Columns;
import io.salescast.series.StaticAttributes;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explanation sheets: global importance by feature family and of the top features, each with a
 * native bar chart, and the per-product driver summary over the forecast horizon.
 */
final class ExplanationSheets {

    static final String NAME = "Explanations";
    static final String DRIVERS_NAME = "Drivers";
    static final int TOP_FEATURES = 20;

    private final ReportStyles styles;
    private final SheetNames names;

    ExplanationSheets(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    /** Importance per family (given, or summed over the features), largest first. */
    static List<Map.Entry<String, Double>> families(ExplanationResults ex) {
        Map<String, Double> sum = new LinkedHashMap<>();
        if (ex.families().isEmpty()) {
            for (FeatureImportance f : ex.global()) {
                sum.merge(f.family(), f.importance(), Double::sum);
            }
        } else {
            ex.families().forEach(f -> sum.merge(f.family(), f.importance(), Double::sum));
        }
        List<Map.Entry<String, Double>> out = new ArrayList<>(sum.entrySet());
        out.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return out;
    }

    /** Writes the sheets; returns their names. */
    List<String> write(Workbook wb, ExplanationResults ex, StaticAttributes attrs, int drivers) {
        Sheet sheet = wb.createSheet(names.unique(NAME));
        List<String> written = new ArrayList<>(List.of(sheet.getSheetName()));
        SheetCells.text(styles, sheet.createRow(0), 0, "What drives the forecast"
                + (ex.model().isEmpty() ? "" : " (" + ex.model() + ")"), styles.title);
        if (ex.global().isEmpty()) {
            SheetCells.text(styles, sheet.createRow(2), 0,
                    "No global importance is available for this model.", styles.subtitle);
        } else {
            double total = ex.global().stream().mapToDouble(FeatureImportance::importance).sum();
            if (!ex.measure().isEmpty()) {
                SheetCells.text(styles, sheet.createRow(1), 0, "Importance: " + ex.measure(), styles.subtitle);
            }
            XSSFDrawing drawing = Workbooks.xssf(wb, sheet).createDrawingPatriarch();
            List<Map.Entry<String, Double>> fam = families(ex);
            double famTotal = fam.stream().mapToDouble(Map.Entry::getValue).sum();
            int r = table(sheet, drawing, 2, "Importance by feature family", "Family",
                    fam.stream().map(Map.Entry::getKey).toList(), fam.stream().mapToDouble(Map.Entry::getValue).toArray(), famTotal);
            List<FeatureImportance> top = ex.global().stream()
                    .sorted(Comparator.comparingDouble(FeatureImportance::importance).reversed()).limit(TOP_FEATURES).toList();
            int end = table(sheet, drawing, Math.max(r + 2, 26), "Top " + top.size() + " features", "Feature",
                    top.stream().map(f -> f.feature() + " [" + f.family() + "]").toList(),
                    top.stream().mapToDouble(FeatureImportance::importance).toArray(), total);
            sheet.setColumnWidth(0, 34 * 256);
            sheet.setColumnWidth(1, 13 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            SheetCells.fitToPageWidth(sheet, true);
            // the charts reach column 13: print them whole
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, 13, 0, Math.max(end, r + 24));
        }
        if (!ex.perSeries().isEmpty()) {
            written.add(drivers(wb, ex, attrs, drivers));
        }
        return written;
    }

    private int table(Sheet sheet, XSSFDrawing drawing, int r, String title, String keyName, List<String> keys,
                      double[] values, double total) {
        SheetCells.text(styles, sheet.createRow(r++), 0, title, styles.label);
        int header = r++;
        Row h = sheet.createRow(header);
        SheetCells.text(styles, h, 0, keyName, styles.header);
        SheetCells.text(styles, h, 1, "Importance", styles.header);
        SheetCells.text(styles, h, 2, "Share", styles.header);
        for (int i = 0; i < keys.size(); i++) {
            Row row = sheet.createRow(r++);
            SheetCells.text(styles, row, 0, keys.get(i), styles.text);
            SheetCells.number(row, 1, values[i], styles.metric);
            SheetCells.number(row, 2, total > 0 ? values[i] / total : Double.NaN, styles.percent);
        }
        String name = sheet.getSheetName();
        int first = header + 1;
        int last = header + keys.size();
        var chart = XddfCharts.create(drawing, 4, header - 1, 13, header + Math.max(18, keys.size() + 3), title);
        XddfCharts.bars(chart, keys.toArray(String[]::new), new XddfCharts.Range(name, first, last, 0), values,
                new XddfCharts.Range(name, first, last, 1), new CellReference(name, header, 1, true, true), "Importance");
        return r;
    }

    private String drivers(Workbook wb, ExplanationResults ex, StaticAttributes attrs, int k) {
        List<TableWriter.Column> cols = new ArrayList<>();
        cols.add(new TableWriter.Column(Columns.UNIQUE_ID, ColumnType.TEXT));
        attrs.names().forEach(a -> cols.add(new TableWriter.Column(a, ColumnType.TEXT)));
        cols.add(new TableWriter.Column("periods", ColumnType.INTEGER));
        cols.add(new TableWriter.Column("forecast total", ColumnType.DECIMAL));
        cols.add(new TableWriter.Column("base (typical level)", ColumnType.DECIMAL));
        for (int i = 1; i <= k; i++) {
            cols.add(new TableWriter.Column("driver " + i, ColumnType.TEXT));
            cols.add(new TableWriter.Column("effect " + i, ColumnType.DECIMAL));
        }
        cols.add(new TableWriter.Column("summary", ColumnType.LONG_TEXT));
        TableWriter t = new TableWriter(wb, styles, names, DRIVERS_NAME, cols, 0);
        for (SeriesExplanation s : ex.perSeries()) {
            double[] totals = s.totals();
            double base = ForecastSheets.sum(s.base());
            double sum = base + ForecastSheets.sum(totals);
            List<Integer> order = topDrivers(totals, k);
            t.row().text(s.id());
            for (String a : attrs.names()) {
                t.text(attrs.get(s.id(), a));
            }
            t.number(s.periods()).number(sum).number(base);
            for (int i = 0; i < k; i++) {
                if (i < order.size()) {
                    t.text(s.features().get(order.get(i))).number(totals[order.get(i)]);
                } else {
                    t.text(null).number(Double.NaN);
                }
            }
            t.text(summary(s.features(), totals, order));
        }
        t.finish();
        return t.sheets().get(0).getSheetName();
    }

    /** Indices of the {@code k} largest contributions by absolute value (zeros left out). */
    static List<Integer> topDrivers(double[] totals, int k) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] != 0 && Double.isFinite(totals[i])) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(totals[i])).thenComparing(i -> i));
        return idx.subList(0, Math.min(k, idx.size()));
    }

    /** Words, no numbers (numbers sit in their own cells, formatted by the workbook). */
    static String summary(List<String> features, double[] totals, List<Integer> order) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i : order) {
            (totals[i] > 0 ? up : down).add(features.get(i));
        }
        StringBuilder sb = new StringBuilder();
        if (!up.isEmpty()) {
            sb.append("raised by ").append(String.join(", ", up));
        }
        if (!down.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("lowered by ").append(String.join(", ", down));
        }
        return sb.length() == 0 ? "no notable driver" : sb.toString();
    }
}
