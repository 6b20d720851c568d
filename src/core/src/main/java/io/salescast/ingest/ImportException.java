package io.salescast.ingest;

import io.salescast.core.Location;
import io.salescast.core.SalescastException;

/**
 * A fatal import problem: the file cannot be read as a sales table at all. The message is
 * written for a merchandiser; {@link #reason()} tells programs (and tests) which case it is.
 */
public final class ImportException extends SalescastException {

    private static final long serialVersionUID = 1L;

    /** Why the import failed. */
    public enum Reason {
        /** The file does not exist or cannot be opened. */
        FILE_NOT_FOUND,
        /** The file has no content at all. */
        EMPTY_FILE,
        /** The content is not a spreadsheet or text table (binary, PDF, zip...). */
        NOT_A_SPREADSHEET,
        /** The workbook is damaged or truncated. */
        CORRUPT,
        /** The workbook is password-protected and no password was given. */
        PASSWORD_REQUIRED,
        /** The password given does not open the workbook. */
        WRONG_PASSWORD,
        /** The file or its decompressed content exceeds a safety limit (e.g. a zip bomb). */
        TOO_LARGE,
        /** The requested sheet does not exist. */
        NO_SUCH_SHEET,
        /** The sheet has no cells at all. */
        EMPTY_SHEET,
        /** There is a header but no data rows below it. */
        NO_DATA_ROWS,
        /** No column holds dates that could be used as the period. */
        NO_DATE_COLUMN,
        /** The column mapping names a missing column or a column of the wrong type. */
        BAD_MAPPING,
        /** A key (a product code) appears on several rows of a table that needs it once, with different values. */
        DUPLICATE_KEY,
        /** No row of a separate attribute table matches a product of the sales. */
        NO_MATCH,
        /** Reading failed for another reason (disk error...). */
        UNREADABLE
    }

    private final Reason reason;

    /**
     * @param reason   which case it is
     * @param message  what went wrong, in plain words
     * @param hint     what to do about it, or null
     * @param location where, or null
     * @param cause    underlying exception, or null
     */
    public ImportException(Reason reason, String message, String hint, Location location, Throwable cause) {
        super(message, hint, location, cause);
        this.reason = reason;
    }

    /** Which case it is. */
    public Reason reason() {
        return reason;
    }
}
