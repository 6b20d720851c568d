package io.salescast.core;

/**
 * An error the user can cause and fix (bad input, wrong settings). It carries a message written
 * for a merchandiser, what to do about it, and where the problem is. Programming errors stay
 * ordinary exceptions. Subclasses name the area (import, project, model...).
 */
public class SalescastException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;
    private final transient Location location;

    /**
     * @param message  what went wrong, in plain words
     * @param hint     what the user can do about it, or null
     * @param location where the problem is, or null
     * @param cause    underlying exception, or null
     */
    public SalescastException(String message, String hint, Location location, Throwable cause) {
        super(message, cause);
        this.hint = hint;
        this.location = location;
    }

    /** What the user can do about it, or null. */
    public String hint() {
        return hint;
    }

    /** Where the problem is, or null. */
    public Location location() {
        return location;
    }

    /** One readable paragraph: location, message and hint. */
    public String userMessage() {
        StringBuilder sb = new StringBuilder();
        if (location != null && !location.describe().isEmpty()) {
            sb.append(location.describe()).append(": ");
        }
        sb.append(getMessage());
        if (hint != null && !hint.isBlank()) {
            sb.append(' ').append(hint);
        }
        return sb.toString();
    }
}
