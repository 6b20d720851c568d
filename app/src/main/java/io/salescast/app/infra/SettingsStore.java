package io.salescast.app.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link AppSettings} as a properties file, written atomically. A missing or
 * damaged file gives the defaults (logged), never an error at start-up.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;

    /** A store over {@code file}. */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /** Reads the settings, or the defaults when the file is missing or unreadable. */
    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.defaults();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} is unreadable ({}), using defaults", file, e.toString());
            return AppSettings.defaults();
        }
        AppSettings.Theme theme = "DARK".equals(p.getProperty("theme")) ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT;
        return new AppSettings(theme, readWindow(p), readRecent(p));
    }

    /** Writes the settings atomically; failures are logged (settings are a convenience). */
    public void save(AppSettings settings) {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme().name());
        AppSettings.WindowBounds w = settings.window();
        if (w != null) {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        }
        for (int i = 0; i < settings.recentFiles().size(); i++) {
            p.setProperty("recent." + i, settings.recentFiles().get(i).toString());
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Salescast workbench settings");
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    private static AppSettings.WindowBounds readWindow(Properties p) {
        try {
            if (p.getProperty("window.width") == null) {
                return null;
            }
            double w = Double.parseDouble(p.getProperty("window.width"));
            double h = Double.parseDouble(p.getProperty("window.height"));
            if (w < 200 || h < 150) {
                return null;
            }
            return new AppSettings.WindowBounds(Double.parseDouble(p.getProperty("window.x")),
                    Double.parseDouble(p.getProperty("window.y")), w, h,
                    Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static List<Path> readRecent(Properties p) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < AppSettings.MAX_RECENT; i++) {
            String v = p.getProperty("recent." + i);
            if (v == null) {
                break;
            }
            try {
                out.add(Path.of(v));
            } catch (InvalidPathException e) {
                LOG.debug("Skipping invalid recent path {}", v);
            }
        }
        return out;
    }
}
