package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Salescast workbook: Summary, Forecast (long and wide), Charts and Chart data,
 * Backtest, Explanations and Drivers, Data quality. Sheets stream through POI's SXSSF (a small
 * window of rows in memory, the rest in compressed temporary files), so thousands of products
 * fit in a modest heap; charts are native XDDF charts that Excel and LibreOffice can edit.
 *
 * <pre>{@code
 * ExcelReport.write(input, Path.of("report.xlsx"), ReportOptions.defaults(), progress, cancel);
 * }</pre>
 */
public final class ExcelReport {

    private static final Logger LOG = LoggerFactory.getLogger(ExcelReport.class);
    private static final int ROW_WINDOW = 200;

    private ExcelReport() {
    }

    /** Writes with default options and no cancellation. */
    public static void write(ReportInput in, Path target, ProgressListener progress) {
        write(in, target, ReportOptions.defaults(), progress, CancellationToken.none());
    }

    /**
     * Writes the workbook atomically to {@code target} (the old file stays intact on failure or
     * cancellation).
     *
     * @throws ReportException                         when the file cannot be written or the options
     *                                                 name unknown products
     * @throws io.salescast.core.CancelledException    when cancelled
     */
    public static void write(ReportInput in, Path target, ReportOptions options, ProgressListener progress,
                             CancellationToken cancel) {
        long t0 = System.nanoTime();
        AtomicFiles.write(target, out -> write(in, out, options, progress, cancel));
        LOG.info("Wrote report {} in {} ms", target, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Writes the workbook to a stream (which the caller closes). */
    public static void write(ReportInput in, OutputStream out, ReportOptions options, ProgressListener progress,
                             CancellationToken cancel) throws IOException {
        List<String> chartIds = options.charts().select(in.history(), in.forecast());
        Map<String, List<String>> categories = categories(in, options);
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        // plain temp files: gzip on them cost about 20% more CPU in the benchmark (docs/bench-report.md)
        wb.setCompressTempFiles(false);
        try {
            ReportStyles styles = new ReportStyles(wb);
            SheetNames names = new SheetNames();
            names.unique(SummarySheet.NAME);
            List<String> sheets = new ArrayList<>();
            progress.progress("report", 0, "Forecast table");
            ForecastSheets fs = new ForecastSheets(styles, names);
            sheets.addAll(fs.writeLong(wb, in, progress, cancel));
            if (options.wideView() && !in.forecast().series().isEmpty()) {
                sheets.add(fs.writeWide(wb, in, cancel));
            }
            progress.progress("report", 0.4, "Charts");
            sheets.addAll(new ChartSheets(styles, names).write(wb, in, chartIds, categories,
                    options.historyPeriods(), progress, cancel));
            cancel.throwIfCancelled();
            progress.progress("report", 0.7, "Backtest");
            sheets.addAll(new BacktestSheets(styles, names).write(wb, in.backtest(), in.history().attributes()));
            progress.progress("report", 0.8, "Explanations");
            sheets.addAll(new ExplanationSheets(styles, names).write(wb, in.explanations(), in.history().attributes(),
                    options.driversPerProduct()));
            if (!in.trainingCurves().isEmpty()) {
                sheets.add(new TrainingSheet(styles, names).write(wb, in.trainingCurves()));
            }
            sheets.add(new DataQualitySheet(styles, names).write(wb, in.dataQuality()));
            sheets.add(new ProvenanceSheet(styles, names).write(wb, in.summary()));
            cancel.throwIfCancelled();
            SheetNames summaryNames = new SheetNames();
            new SummarySheet(styles).write(wb, summaryNames, in, sheets);
            wb.setSheetOrder(SummarySheet.NAME, 0);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            progress.progress("report", 0.9, "Saving workbook");
            wb.write(out);
            progress.progress("report", 1, "Report written");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static Map<String, List<String>> categories(ReportInput in, ReportOptions options) {
        Map<String, List<String>> all = ChartSeriesBuilder.groups(in.history(), options.categoryAttribute());
        Map<String, List<String>> out = new LinkedHashMap<>();
        all.entrySet().stream().limit(ReportOptions.MAX_CATEGORY_CHARTS).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
