package io.salescast.project;

import io.salescast.core.Location;
import io.salescast.core.SalescastException;

/** A project file that cannot be read or written, with the file and what to do. */
public final class ProjectException extends SalescastException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param hint    what to do
     * @param file    the project file as the user knows it
     * @param cause   underlying error, or null
     */
    public ProjectException(String message, String hint, String file, Throwable cause) {
        super(message, hint, file == null ? null : Location.ofFile(file), cause);
    }
}
