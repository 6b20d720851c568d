package io.salescast.app.infra;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the workbench keeps its per-user files: settings, the log file and autosaved projects.
 *
 * <p>Linux: {@code $XDG_DATA_HOME/salescast} or {@code ~/.local/share/salescast}; Windows:
 * {@code %APPDATA%\Salescast}; macOS: {@code ~/Library/Application Support/Salescast}. The system
 * property {@code salescast.home} overrides all of them (tests, portable installs).
 *
 * @param dataDir the root of the per-user folder
 */
public record AppPaths(Path dataDir) {

    /** System property that overrides the data folder. */
    public static final String HOME_PROPERTY = "salescast.home";

    public AppPaths {
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** Resolves the folder for this JVM's user, operating system and environment. */
    public static AppPaths forCurrentUser() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /**
     * Resolves the folder from explicit inputs (testable without touching the real environment).
     *
     * @param override value of {@code salescast.home}, or null
     * @param osName   {@code os.name}
     * @param userHome {@code user.home}
     * @param env      environment variables
     */
    public static AppPaths resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return new AppPaths(base.resolve("Salescast"));
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return new AppPaths(Path.of(userHome, "Library", "Application Support", "Salescast"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new AppPaths(base.resolve("salescast"));
    }

    /** Folder of the log files. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The current log file (as configured in {@code logback.xml}). */
    public Path logFile() {
        return logDir().resolve("salescast.log");
    }

    /** The settings file (window, theme, recent files). */
    public Path settingsFile() {
        return dataDir.resolve("settings.properties");
    }

    /** Folder of the autosaved (recovery) project. */
    public Path autosaveDir() {
        return dataDir.resolve("autosave");
    }

    /** Default folder for new projects. */
    public Path projectsDir() {
        return dataDir.resolve("projects");
    }
}
