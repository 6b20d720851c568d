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
    void ownEventsAreAddedMergedCheckedAndRemoved() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        FeaturesViewModel vm = new FeaturesViewModel(s);
        java.time.LocalDate last = s.panelProperty().get().series().get(0).end(s.panelProperty().get().frequency());
        java.time.LocalDate inHistory = last.minusDays(40);
        assertThat(vm.addEvent("Summer sale", inHistory + ", " + inHistory.minusDays(200))).isTrue();
        assertThat(s.featureSpecProperty().get().customEvents())
                .containsExactly("Summer sale:" + inHistory.minusDays(200) + "," + inHistory);
        assertThat(vm.previewProperty().get().names()).contains("event_summer_sale_before");
        assertThat(vm.customEvents()).extracting(CustomEvent::display)
                .containsExactly("Summer sale: " + inHistory.minusDays(200) + ", " + inHistory);
        // the same name (any case) gains dates instead of a second event
        assertThat(vm.addEvent("summer SALE", last.plusDays(300).toString())).isTrue();
        assertThat(vm.customEvents()).hasSize(1);
        assertThat(vm.customEvents().get(0).dates()).hasSize(3);
        // refused with a reason the user can act on
        assertThat(vm.addEvent("", "2024-01-01")).isFalse();
        assertThat(vm.errorProperty().get()).contains("name");
        assertThat(vm.addEvent("Launch", "2024-13-01")).isFalse();
        assertThat(vm.errorProperty().get()).contains("'2024-13-01' is not a date").contains("yyyy-mm-dd");
        assertThat(vm.addEvent("Launch", " ")).isFalse();
        assertThat(vm.errorProperty().get()).contains("at least one date");
        // an event that has not happened yet cannot be learnt: said, not refused
        assertThat(vm.addEvent("Grand opening", last.plusDays(10).toString())).isTrue();
        assertThat(vm.warnings()).anyMatch(w -> w.contains("\"Grand opening\" has no date within the history"));
        // the spec round-trips through the session (a reopened project shows the same events)
        FeaturesViewModel again = new FeaturesViewModel(s);
        assertThat(again.customEvents()).containsExactlyElementsOf(vm.customEvents());
        vm.removeEvent(vm.customEvents().get(0));
        assertThat(s.featureSpecProperty().get().customEvents()).containsExactly("Grand opening:" + last.plusDays(10));
        assertThat(vm.previewProperty().get().names()).doesNotContain("event_summer_sale_before");
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
