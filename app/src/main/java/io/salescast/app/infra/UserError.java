package io.salescast.app.infra;

import io.salescast.core.SalescastException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * An error as the user should see it: a title, what went wrong in plain words, what to do about
 * it, and the technical details (stack trace) kept behind a "Details" button.
 *
 * @param title    short title ("Could not import the file")
 * @param message  what went wrong
 * @param whatToDo the next step for the user
 * @param details  stack trace text, or null
 */
public record UserError(String title, String message, String whatToDo, String details) {

    /** Like {@link #from(String, Throwable, java.nio.file.Path)} with this user's log file. */
    public static UserError from(String action, Throwable error) {
        return from(action, error, AppPaths.forCurrentUser().logFile());
    }

    /**
     * Translates a failure of {@code action} (e.g. "import the file") into a user error. Typed
     * {@link SalescastException}s carry their own message and hint; file errors name the file;
     * anything else is an unexpected error that points at the log file.
     */
    public static UserError from(String action, Throwable error, java.nio.file.Path logFile) {
        Throwable root = unwrap(error);
        String title = "Could not " + action;
        String details = stackTrace(error);
        if (root instanceof SalescastException se) {
            String where = se.location() == null ? "" : se.location().describe();
            String msg = where.isEmpty() ? se.getMessage() : where + ": " + se.getMessage();
            String hint = se.hint() == null || se.hint().isBlank() ? "Correct the input and try again." : se.hint();
            return new UserError(title, msg, hint, details);
        }
        if (root instanceof NoSuchFileException || root instanceof FileNotFoundException) {
            return new UserError(title, "The file " + root.getMessage() + " does not exist.",
                    "Check that the file was not moved or deleted, then try again.", details);
        }
        if (root instanceof AccessDeniedException) {
            return new UserError(title, "Access to " + root.getMessage() + " was denied.",
                    "Choose a folder you can write to, or close the file if another program has it open.", details);
        }
        if (root instanceof IOException) {
            return new UserError(title, "A file operation failed: " + root.getMessage(),
                    "Check the disk and the file, then try again.", details);
        }
        if (root instanceof OutOfMemoryError) {
            return new UserError(title, "The workbench ran out of memory.",
                    "Use fewer products, a coarser frequency or fewer models, or start the app with more memory (-Xmx).", details);
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new UserError(title, "An unexpected error occurred: " + m,
                "Try again. If it keeps happening, send the log file (" + logFile + ") with a description of what you did.",
                details);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.util.concurrent.ExecutionException || cur instanceof java.util.concurrent.CompletionException
                || cur instanceof java.io.UncheckedIOException || cur.getClass() == RuntimeException.class)
                && cur.getCause() != null && cur.getCause() != cur) {
            cur = cur.getCause();
        }
        return cur;
    }

    private static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
