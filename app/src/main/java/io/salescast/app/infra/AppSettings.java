package io.salescast.app.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the workbench remembers between sessions: theme, window placement and recent projects.
 *
 * @param theme       light or dark
 * @param window      last window placement, or null for the default
 * @param recentFiles most recent first, at most {@link #MAX_RECENT}
 */
public record AppSettings(Theme theme, WindowBounds window, List<Path> recentFiles) {

    /** How many recent files are kept. */
    public static final int MAX_RECENT = 10;

    /** Colour theme of the workbench. */
    public enum Theme { LIGHT, DARK }

    /**
     * Window placement.
     *
     * @param x         left edge, screen coordinates
     * @param y         top edge
     * @param width     width
     * @param height    height
     * @param maximized whether the window was maximized
     */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public AppSettings {
        Objects.requireNonNull(theme, "theme");
        recentFiles = List.copyOf(recentFiles);
    }

    /** Settings of a first start. */
    public static AppSettings defaults() {
        return new AppSettings(Theme.LIGHT, null, List.of());
    }

    /** A copy with another theme. */
    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, window, recentFiles);
    }

    /** A copy with another window placement. */
    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(theme, bounds, recentFiles);
    }

    /** A copy with {@code file} first in the recent list (moved there if already present). */
    public AppSettings withRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(abs);
        for (Path p : recentFiles) {
            if (!p.equals(abs) && list.size() < MAX_RECENT) {
                list.add(p);
            }
        }
        return new AppSettings(theme, window, list);
    }

    /** A copy without {@code file} in the recent list (e.g. after it was found missing). */
    public AppSettings withoutRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new AppSettings(theme, window, recentFiles.stream().filter(p -> !p.equals(abs)).toList());
    }
}
