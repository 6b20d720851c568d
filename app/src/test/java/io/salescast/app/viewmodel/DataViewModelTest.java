package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.chart.ChartSeries;
import io.salescast.app.infra.BackgroundTasks;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataViewModelTest {

    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void listsEveryProductWithTotalsAndSelectsTheFirst() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        DataViewModel vm = new DataViewModel(s, Locale.US);
        assertThat(vm.products()).hasSize(20);
        ProductRow first = vm.products().get(0);
        double expected = DataViewModel.sum(s.panelProperty().get().series().get(0).y());
        assertThat(first.total()).isEqualTo(expected);
        assertThat(first.name()).isNotBlank();
        assertThat(first.category()).isNotBlank();
        assertThat(vm.selectedProperty().get()).isEqualTo(first);
        assertThat(vm.salesChartProperty().get().series().get(0).y()).hasSize(first.periods());
        assertThat(vm.summaryProperty().get()).contains("days from", "total");
    }

    @Test
    void searchMatchesSkuNameCategoryAndBrand() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        DataViewModel vm = new DataViewModel(s, Locale.US);
        ProductRow some = vm.products().get(3);
        vm.searchProperty().set(some.id().toLowerCase(Locale.ROOT));
        assertThat(vm.products()).contains(some);
        vm.searchProperty().set(some.brand().toUpperCase(Locale.ROOT));
        assertThat(vm.products()).allMatch(r -> r.brand().equalsIgnoreCase(some.brand()));
        vm.searchProperty().set("no such product anywhere");
        assertThat(vm.products()).isEmpty();
        vm.searchProperty().set("");
        assertThat(vm.products()).hasSize(20);
    }

    @Test
    void chartMarksPromotionsAndStockOuts() {
        SessionViewModel s = TestSessions.openTiny(tasks, dialogs);
        DataViewModel vm = new DataViewModel(s, Locale.US);
        // find a product with promotions and a stock-out in the tiny sample
        var panel = s.panelProperty().get();
        int promo = panel.covariateIndex("promo");
        int stock = panel.covariateIndex("stockout");
        var withBoth = vm.products().stream().filter(r -> {
            var ser = panel.series(r.id()).orElseThrow();
            return DataViewModel.sum(ser.covariates()[promo]) > 0 && DataViewModel.sum(ser.covariates()[stock]) > 0;
        }).findFirst();
        assertThat(withBoth).as("tiny sample has a product with promotions and stock-outs").isPresent();
        vm.selectedProperty().set(withBoth.get());
        var chart = vm.salesChartProperty().get();
        assertThat(chart.spans()).isNotEmpty();
        var markers = chart.series().stream().filter(x -> x.style() == ChartSeries.Style.MARKERS).findFirst().orElseThrow();
        long marked = java.util.Arrays.stream(markers.y()).filter(v -> !Double.isNaN(v)).count();
        var ser = panel.series(withBoth.get().id()).orElseThrow();
        assertThat(marked).isEqualTo((long) DataViewModel.sum(ser.covariates()[stock]));
        assertThat(vm.covariateChartProperty().get().series()).extracting(ChartSeries::name).contains("price");
    }

    @Test
    void sparklineBucketsKeepTheTotal() {
        double[] y = new double[365];
        java.util.Arrays.fill(y, 2);
        double[] spark = DataViewModel.spark(y);
        assertThat(spark).hasSize(40);
        assertThat(java.util.Arrays.stream(spark).sum()).isEqualTo(730);
    }
}
