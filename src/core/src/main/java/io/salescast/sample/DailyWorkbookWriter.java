package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the daily workbook: sheet {@value #DAILY_SHEET} (one row per product and selling day,
 * sorted by date then SKU) and sheet {@value #PRODUCTS_SHEET} (one row per product). Beyond
 * {@value #ROWS_PER_SHEET} rows (large benchmark catalogues; Excel holds 1,048,576 rows a sheet)
 * the daily rows continue on sheets "Daily sales 2", "Daily sales 3"... with the same header.
 */
final class DailyWorkbookWriter {

    /** Name of the daily sales sheet. */
    static final String DAILY_SHEET = "Daily sales";
    /** Name of the product attributes sheet. */
    static final String PRODUCTS_SHEET = "Products";
    /** Data rows per daily sheet before the next one starts. */
    static final int ROWS_PER_SHEET = 1_000_000;
    private static final int[] WIDTHS = {12, 10, 8, 12, 10, 10, 8, 9};

    private DailyWorkbookWriter() {
    }

    /** Writes the workbook and returns the number of daily rows. */
    static long write(SimulatedStore store, Path target, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        try (XlsxSupport x = new XlsxSupport()) {
            return write(store, target, x, progress, cancel);
        }
    }

    private static long write(SimulatedStore store, Path target, XlsxSupport x, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        SXSSFSheet daily = x.sheet(DAILY_SHEET, SampleColumns.DAILY, WIDTHS);
        int sheets = 1;
        long written = 0;
        List<ProductDays> days = store.days();
        LocalDate start = store.options().start();
        int n = store.options().days();
        int r = 1;
        for (int t = 0; t < n; t++) {
            cancel.throwIfCancelled();
            LocalDate date = start.plusDays(t);
            long epoch = date.toEpochDay();
            for (ProductDays p : days) {
                int i = (int) (epoch - p.first().toEpochDay());
                if (i < 0 || i >= p.length()) {
                    continue;
                }
                if (r > ROWS_PER_SHEET) {
                    XlsxSupport.autoFilter(daily, r - 1, SampleColumns.DAILY.size() - 1);
                    daily = x.sheet(DAILY_SHEET + " " + (++sheets), SampleColumns.DAILY, WIDTHS);
                    r = 1;
                }
                written++;
                Row row = daily.createRow(r++);
                XlsxSupport.date(row, 0, date, x.date);
                XlsxSupport.text(row, 1, p.sku(), x.text);
                XlsxSupport.number(row, 2, p.units()[i], x.integer);
                XlsxSupport.number(row, 3, p.revenue(i), x.money);
                XlsxSupport.number(row, 4, p.price(i), x.money);
                XlsxSupport.number(row, 5, p.discount(i), x.percent);
                XlsxSupport.number(row, 6, p.promo(i) ? 1 : 0, x.integer);
                XlsxSupport.number(row, 7, p.stockout(i) ? 1 : 0, x.integer);
            }
            progress.progress("daily workbook", (t + 1.0) / n, date.toString());
        }
        XlsxSupport.autoFilter(daily, r - 1, SampleColumns.DAILY.size() - 1);
        writeProducts(x, store.truth());
        x.write(target, store.options().end());
        return written;
    }

    private static void writeProducts(XlsxSupport x, SampleTruth truth) {
        List<String> labels = new ArrayList<>();
        labels.add(SampleColumns.SKU);
        labels.addAll(SampleColumns.ATTRIBUTES);
        SXSSFSheet sheet = x.sheet(PRODUCTS_SHEET, labels, new int[] {10, 40, 22, 14, 12, 10, 90, 16});
        int r = 1;
        for (ProductTruth p : truth.products()) {
            Row row = sheet.createRow(r++);
            XlsxSupport.text(row, 0, p.sku(), x.text);
            XlsxSupport.text(row, 1, p.name(), x.text);
            XlsxSupport.text(row, 2, p.category(), x.text);
            XlsxSupport.text(row, 3, p.brand(), x.text);
            XlsxSupport.date(row, 4, p.launchDate(), x.date);
            XlsxSupport.number(row, 5, p.listPrice(), x.money);
            XlsxSupport.text(row, 6, p.description(), x.text);
            if (p.discontinuedDate() != null) {
                XlsxSupport.date(row, 7, p.discontinuedDate(), x.date);
            }
        }
        XlsxSupport.autoFilter(sheet, r - 1, labels.size() - 1);
    }
}
