package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.AppSettings;
import io.salescast.app.infra.SettingsStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    @Test
    void pagesAppearOnlyWhenAvailableAndLeavingOneGoesToStart() {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SettingsStore(dir.resolve("s.properties")));
        vm.show(Page.RESULTS);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.START);
        vm.setAvailable(Page.DATA, true);
        vm.show(Page.DATA);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.DATA);
        vm.setAvailable(Page.DATA, false);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.START);
        vm.setAvailable(Page.START, false);
        assertThat(vm.isAvailable(Page.START)).isTrue();
    }

    @Test
    void themeRecentFilesAndWindowAreRemembered() {
        Path file = dir.resolve("s.properties");
        WorkbenchViewModel a = new WorkbenchViewModel(new SettingsStore(file));
        a.toggleTheme();
        a.addRecent(dir.resolve("a.salescast"));
        a.addRecent(dir.resolve("b.csv"));
        a.saveWindowBounds(new AppSettings.WindowBounds(5, 6, 1000, 700, false));
        WorkbenchViewModel b = new WorkbenchViewModel(new SettingsStore(file));
        assertThat(b.themeProperty().get()).isEqualTo(AppSettings.Theme.DARK);
        assertThat(b.recentFiles()).extracting(p -> p.getFileName().toString()).containsExactly("b.csv", "a.salescast");
        assertThat(b.windowBounds().width()).isEqualTo(1000);
        b.removeRecent(dir.resolve("b.csv"));
        assertThat(new WorkbenchViewModel(new SettingsStore(file)).recentFiles()).hasSize(1);
    }
}
