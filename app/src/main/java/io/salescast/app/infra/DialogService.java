package io.salescast.app.infra;

/**
 * The one place that shows messages to the user. View models talk to this interface; the app
 * shows JavaFX dialogs, tests record what would have been shown.
 */
public interface DialogService {

    /** Shows an error with its "what to do" line; the stack trace only behind "Details". */
    void showError(UserError error);

    /** Shows an information message. */
    void showInfo(String title, String message);

    /**
     * Asks a yes/no question.
     *
     * @param okLabel label of the confirming button ("Discard", "Overwrite")
     * @return true if the user confirmed
     */
    boolean confirm(String title, String message, String okLabel);
}
