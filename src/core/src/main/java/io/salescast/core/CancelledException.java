package io.salescast.core;

/** Thrown by work that stopped because its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public CancelledException() {
        super("Cancelled by the user");
    }
}
