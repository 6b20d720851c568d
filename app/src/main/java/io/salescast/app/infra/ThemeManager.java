package io.salescast.app.infra;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Applies the AtlantaFX Primer theme (light or dark) to the whole application and remembers the
 * choice. The workbench's own stylesheet ({@code salescast.css}) only uses the theme's colour
 * variables, so it follows along.
 */
public final class ThemeManager {

    /** The app's own stylesheet, added to every scene. */
    public static final String APP_CSS = "/io/salescast/app/salescast.css";

    private final ObjectProperty<AppSettings.Theme> theme = new SimpleObjectProperty<>(AppSettings.Theme.LIGHT);

    /** @param initial the remembered theme */
    public ThemeManager(AppSettings.Theme initial) {
        theme.set(Objects.requireNonNull(initial));
        theme.addListener((o, a, b) -> apply());
    }

    /** The current theme; set it to switch. */
    public ObjectProperty<AppSettings.Theme> themeProperty() {
        return theme;
    }

    /** Whether the dark theme is on. */
    public boolean isDark() {
        return theme.get() == AppSettings.Theme.DARK;
    }

    /** Sets the user-agent stylesheet for the current theme (call on the FX thread). */
    public void apply() {
        String css = isDark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(css);
    }

    /** URL of the app stylesheet for {@code Scene.getStylesheets()}. */
    public static String appStylesheet() {
        return Objects.requireNonNull(ThemeManager.class.getResource(APP_CSS), APP_CSS).toExternalForm();
    }
}
