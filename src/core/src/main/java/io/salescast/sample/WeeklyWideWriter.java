package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Streams the weekly wide workbook merchants often keep: one row per SKU with its name and
 * category, then one column per week (Monday to Sunday) labelled by the Monday's date, holding
 * the week's units. Weeks cut by the data range hold the days inside it; weeks before a launch or
 * after a discontinuation are blank.
 */
final class WeeklyWideWriter {

    /** Name of the sheet. */
    static final String SHEET = "Weekly units";
    /** Columns before the weeks. */
    static final List<String> LEADING = List.of(SampleColumns.SKU, SampleColumns.NAME, SampleColumns.CATEGORY);
    /** Excel's column limit. */
    static final int MAX_COLUMNS = 16_384;

    private WeeklyWideWriter() {
    }

    /** Monday of the week holding {@code date}. */
    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Writes the workbook and returns the number of week columns. */
    static int write(SimulatedStore store, Path target, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        try (XlsxSupport x = new XlsxSupport()) {
            return write(store, target, x, progress, cancel);
        }
    }

    private static int write(SimulatedStore store, Path target, XlsxSupport x, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        LocalDate firstMonday = monday(store.options().start());
        int weeks = (int) ((monday(store.options().end()).toEpochDay() - firstMonday.toEpochDay()) / 7) + 1;
        SXSSFSheet sheet = x.sheet(SHEET, LEADING, new int[] {10, 40, 22, 11});
        Row header = sheet.getRow(0);
        for (int w = 0; w < weeks && LEADING.size() + w < MAX_COLUMNS; w++) {
            Cell c = header.createCell(LEADING.size() + w);
            c.setCellValue(firstMonday.plusWeeks(w));
            c.setCellStyle(x.headerDate);
            sheet.setColumnWidth(LEADING.size() + w, 11 * 256);
        }
        sheet.createFreezePane(LEADING.size(), 1);
        List<ProductTruth> products = store.truth().products();
        for (int k = 0; k < products.size(); k++) {
            cancel.throwIfCancelled();
            ProductTruth p = products.get(k);
            ProductDays d = store.days().get(k);
            Row row = sheet.createRow(k + 1);
            XlsxSupport.text(row, 0, p.sku(), x.text);
            XlsxSupport.text(row, 1, p.name(), x.text);
            XlsxSupport.text(row, 2, p.category(), x.text);
            long[] totals = new long[weeks];
            boolean[] present = new boolean[weeks];
            for (int i = 0; i < d.length(); i++) {
                int w = (int) ((d.epochDay(i) - firstMonday.toEpochDay()) / 7);
                totals[w] += d.units()[i];
                present[w] = true;
            }
            for (int w = 0; w < weeks && LEADING.size() + w < MAX_COLUMNS; w++) {
                if (present[w]) {
                    XlsxSupport.number(row, LEADING.size() + w, totals[w], x.integer);
                }
            }
            progress.progress("weekly workbook", (k + 1.0) / products.size(), p.sku());
        }
        XlsxSupport.autoFilter(sheet, products.size(), Math.min(MAX_COLUMNS, LEADING.size() + weeks) - 1);
        x.write(target, store.options().end());
        return weeks;
    }
}
