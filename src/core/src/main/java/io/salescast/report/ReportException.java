package io.salescast.report;

import io.salescast.core.Location;
import io.salescast.core.SalescastException;

/** A report or export could not be written for a reason the user can fix (path, options). */
public class ReportException extends SalescastException {

    private static final long serialVersionUID = 1L;

    /** See {@link SalescastException#SalescastException(String, String, Location, Throwable)}. */
    public ReportException(String message, String hint, Location location, Throwable cause) {
        super(message, hint, location, cause);
    }
}
