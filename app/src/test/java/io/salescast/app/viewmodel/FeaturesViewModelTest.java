package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.features.FeatureSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeaturesViewModelTest {

    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void editsBecomeTheSessionsSpecAndThePreviewFollows() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        FeaturesViewModel vm = new FeaturesViewModel(s);
        int before = vm.featureCountProperty().get();
        assertThat(vm.previewProperty().get()).isNotNull();
        assertThat(vm.addLag(35)).isTrue();
        assertThat(s.featureSpecProperty().get().lags()).contains(35);
        assertThat(vm.featureCountProperty().get()).isEqualTo(before + 1);
        assertThat(vm.previewProperty().get().names()).contains("lag_35");
        vm.calendarProperty(FeatureSpec.CalendarFeature.QUARTER).set(true);
        assertThat(s.featureSpecProperty().get().calendar()).contains(FeatureSpec.CalendarFeature.QUARTER);
        assertThat(s.dirtyProperty().get()).isTrue();
    }

    @Test
    void refusesLeakingLagsAndWarnsAboutStockOuts() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        FeaturesViewModel vm = new FeaturesViewModel(s);
        assertThat(vm.addLag(0)).isFalse();
        assertThat(vm.errorProperty().get()).contains("leakage");
        assertThat(vm.addLag(5000)).isFalse();
        Toggle stock = vm.covariates().stream().filter(t -> t.name().equals("stockout")).findFirst().orElseThrow();
        assertThat(stock.note()).contains("Leakage");
        stock.selected().set(true);
        assertThat(vm.warnings()).anyMatch(w -> w.contains("stockout"));
        stock.selected().set(false);
        assertThat(vm.warnings()).noneMatch(w -> w.contains("stockout"));
    }

    @Test
    void defaultsAreOneClickAway() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        FeaturesViewModel vm = new FeaturesViewModel(s);
        vm.clearAll();
        assertThat(vm.lags()).isEmpty();
        assertThat(vm.featureCountProperty().get()).isZero();
        vm.resetDefaults();
        assertThat(s.featureSpecProperty().get()).isEqualTo(FeatureSpec.defaults(s.panelProperty().get().frequency()));
        assertThat(vm.lags()).containsExactlyElementsOf(FeatureSpec.defaults(s.panelProperty().get().frequency()).lags());
    }
}
