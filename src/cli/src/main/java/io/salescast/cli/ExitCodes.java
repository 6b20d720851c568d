package io.salescast.cli;

/** Exit statuses of the command line, documented in README.md. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Unexpected internal error (a bug: please report it with the log). */
    public static final int INTERNAL = 1;
    /** Wrong command-line usage (picocli's own code). */
    public static final int USAGE = 2;
    /** Bad input the user can fix: unreadable file, wrong mapping, invalid project. */
    public static final int BAD_INPUT = 3;
    /** Done, but the data has errors (bad cells, rows without date or key); only with {@code import --strict}. */
    public static final int DATA_ERRORS = 4;
    /** Cancelled (Ctrl-C). */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
