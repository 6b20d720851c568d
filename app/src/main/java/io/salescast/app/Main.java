package io.salescast.app;

import io.salescast.app.infra.AppPaths;
import javafx.application.Application;

/**
 * Entry point of the workbench, kept apart from the {@link javafx.application.Application}
 * subclass so it starts from a plain class path ({@code java -cp ... io.salescast.app.Main}).
 *
 * <p>Arguments: {@code --sample} opens the bundled sample store; a file path opens that project
 * or spreadsheet.
 */
public final class Main {

    private Main() {
    }

    /** Starts the workbench. */
    public static void main(String[] args) {
        // The log folder must be known before the first logger is created (logback.xml reads it).
        System.setProperty("salescast.logDir", AppPaths.forCurrentUser().logDir().toString());
        Application.launch(SalescastApp.class, args);
    }
}
