package io.salescast.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsThemeWindowAndRecentFiles() {
        SettingsStore store = new SettingsStore(dir.resolve("s/settings.properties"));
        AppSettings s = AppSettings.defaults().withTheme(AppSettings.Theme.DARK)
                .withWindow(new AppSettings.WindowBounds(10, 20, 1200, 800, true))
                .withRecent(dir.resolve("a.xlsx")).withRecent(dir.resolve("b.salescast"));
        store.save(s);
        AppSettings back = store.load();
        assertThat(back).isEqualTo(s);
        assertThat(back.recentFiles().get(0).getFileName().toString()).isEqualTo("b.salescast");
    }

    @Test
    void recentListMovesDuplicatesToTheFrontAndKeepsTen() {
        AppSettings s = AppSettings.defaults();
        for (int i : IntStream.range(0, 15).toArray()) {
            s = s.withRecent(dir.resolve("f" + i));
        }
        s = s.withRecent(dir.resolve("f10"));
        assertThat(s.recentFiles()).hasSize(AppSettings.MAX_RECENT);
        assertThat(s.recentFiles().get(0).getFileName().toString()).isEqualTo("f10");
        assertThat(s.recentFiles().stream().filter(p -> p.endsWith("f10")).count()).isEqualTo(1);
        assertThat(s.withoutRecent(dir.resolve("f10")).recentFiles()).hasSize(AppSettings.MAX_RECENT - 1);
    }

    @Test
    void damagedOrMissingFileGivesDefaults() throws Exception {
        Path f = dir.resolve("settings.properties");
        assertThat(new SettingsStore(f).load()).isEqualTo(AppSettings.defaults());
        Files.writeString(f, "theme=DARK\nwindow.width=abc\nrecent.0=/x\n\\u12");
        AppSettings s = new SettingsStore(f).load();
        assertThat(s.window()).isNull();
    }

    @Test
    void atomicWriteLeavesNoTemporaryFiles() throws Exception {
        Path f = dir.resolve("settings.properties");
        new SettingsStore(f).save(AppSettings.defaults());
        new SettingsStore(f).save(AppSettings.defaults().withTheme(AppSettings.Theme.DARK));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }
}
