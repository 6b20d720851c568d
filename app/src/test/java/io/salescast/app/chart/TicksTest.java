package io.salescast.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Ticks.niceStep(100, 5)).isEqualTo(20);
        assertThat(Ticks.niceStep(7, 10)).isEqualTo(1);
        assertThat(Ticks.niceStep(0.3, 3)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Ticks.niceStep(12_000, 4)).isEqualTo(5000);
    }

    @Test
    void numericTicksCoverTheRangeWithLocaleLabels() {
        List<Ticks.Tick> t = Ticks.numeric(0, 25_000, 5, Locale.US);
        assertThat(t).extracting(Ticks.Tick::value).containsExactly(0.0, 5000.0, 10000.0, 15000.0, 20000.0, 25000.0);
        assertThat(t.get(2).label()).isEqualTo("10k");
        assertThat(Ticks.numeric(0, 1, 5, Locale.GERMANY).get(1).label()).isEqualTo("0,2");
        assertThat(Ticks.format(2_500_000, 500_000, Locale.US)).isEqualTo("2.5M");
    }

    @Test
    void dateTicksUseMonthsForAYearAndYearsForADecade() {
        double lo = LocalDate.of(2023, 1, 15).toEpochDay();
        double hi = LocalDate.of(2024, 1, 14).toEpochDay();
        List<Ticks.Tick> months = Ticks.dates(lo, hi, 6, Locale.US);
        assertThat(months).hasSize(6);
        assertThat(months.get(0).label()).isEqualTo("Mar 2023");
        assertThat(LocalDate.ofEpochDay((long) months.get(1).value())).isEqualTo(LocalDate.of(2023, 5, 1));
        List<Ticks.Tick> years = Ticks.dates(LocalDate.of(2010, 6, 1).toEpochDay(), LocalDate.of(2020, 6, 1).toEpochDay(), 6, Locale.US);
        assertThat(years.get(0).label()).isEqualTo("2012");
        List<Ticks.Tick> weeks = Ticks.dates(lo, lo + 60, 10, Locale.US);
        assertThat(LocalDate.ofEpochDay((long) weeks.get(0).value()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }
}
