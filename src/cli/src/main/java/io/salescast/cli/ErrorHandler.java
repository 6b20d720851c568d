package io.salescast.cli;

import io.salescast.core.CancelledException;
import io.salescast.core.SalescastException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns exceptions into one readable line on stderr and an exit code; stack traces go to the log
 * only (run with {@code --verbose} on a command, or see the log file).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof SalescastException se) {
            cmd.getErr().println("error: " + se.userMessage());
            LOG.debug("user error", ex);
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof CancelledException) {
            cmd.getErr().println("cancelled");
            return ExitCodes.CANCELLED;
        }
        LOG.error("internal error", ex);
        cmd.getErr().println("internal error: " + ex + " (this is a bug; details are in the log)");
        return ExitCodes.INTERNAL;
    }
}
