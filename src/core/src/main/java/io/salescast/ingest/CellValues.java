package io.salescast.ingest;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Turns POI cells into the plain values a {@link TableBuilder} takes. Formulas are never
 * evaluated: their cached results are read (what Excel last computed and saved).
 */
final class CellValues {

    private static final int PROGRESS_EVERY = 1 << 13;
    /** Cells further right are ignored (a sales table this wide is a mistake or an attack). */
    static final int MAX_COLUMNS = 4096;

    private CellValues() {
    }

    /** The value of a cell: null, String, Double, LocalDateTime, Boolean or CellError. */
    static Object of(Cell c) {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType();
        if (t == CellType.FORMULA) {
            t = c.getCachedFormulaResultType();
        }
        return switch (t) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue() : (Object) c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case ERROR -> error(c);
            default -> null;
        };
    }

    private static CellError error(Cell c) {
        try {
            return new CellError(FormulaError.forInt(c.getErrorCellValue()).getString());
        } catch (RuntimeException e) {
            // the streaming reader keeps the error as its text (#DIV/0!)
            try {
                String s = c.getStringCellValue();
                int hash = s == null ? -1 : s.indexOf('#');
                return new CellError(hash < 0 ? "#ERROR" : s.substring(hash).trim());
            } catch (RuntimeException e2) {
                return new CellError("#ERROR");
            }
        }
    }

    /** Feeds all rows of a sheet into a builder. */
    static void feed(Sheet sheet, RowSink builder, ProgressListener progress, CancellationToken cancel) {
        int expected = Math.max(1, sheet.getLastRowNum() + 1);
        Object[] cells = new Object[64];
        long n = 0;
        for (Row row : sheet) {
            int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
            if (last > cells.length) {
                cells = new Object[Math.max(last, cells.length * 2)];
            }
            int width = Math.max(0, last);
            java.util.Arrays.fill(cells, 0, width, null);
            for (Cell c : row) {
                int j = c.getColumnIndex();
                if (j < width) {
                    cells[j] = of(c);
                }
            }
            builder.row(row.getRowNum() + 1, cells, width);
            if (builder.full()) {
                break;
            }
            if (++n % PROGRESS_EVERY == 0) {
                cancel.throwIfCancelled();
                progress.progress("import", Math.min(1.0, (row.getRowNum() + 1) / (double) expected), n + " rows");
            }
        }
    }
}
