package io.salescast.cli;

import io.salescast.core.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long work: it appears only after half a second (short
 * reads stay quiet), redraws at most ten times a second, and clears its line when closed.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;
    private int lastLength;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when stderr is an interactive terminal and progress is wanted, else nothing. */
    static ProgressBar orNone(PrintWriter err, boolean quiet) {
        return quiet || System.console() == null ? null : new ProgressBar(err);
    }

    @Override
    public synchronized void progress(String stage, double fraction, String message) {
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (drawn && now - lastDraw < REDRAW_NANOS && fraction < 1)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        StringBuilder sb = new StringBuilder("\r").append(String.format(Locale.ROOT, "%-8s ", stage));
        if (fraction >= 0) {
            int full = (int) Math.round(Math.min(1, fraction) * WIDTH);
            sb.append('[').append("#".repeat(full)).append(".".repeat(WIDTH - full)).append(']')
                    .append(String.format(Locale.ROOT, " %3d%%", Math.round(Math.min(1, fraction) * 100)));
        }
        if (message != null && !message.isEmpty()) {
            sb.append("  ").append(message);
        }
        int len = sb.length();
        if (len < lastLength) {
            sb.append(" ".repeat(lastLength - len));
        }
        lastLength = len;
        err.print(sb);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }
}
