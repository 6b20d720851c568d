package io.salescast.features;

import io.salescast.core.SalescastException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCalendarTest {

    @Test
    void ruleBasedDatesMatchTheCalendar() {
        // Easter Sundays as published (e.g. timeanddate.com): 2023-04-09, 2024-03-31, 2025-04-20
        assertThat(EventCalendar.easter(2023)).isEqualTo(LocalDate.of(2023, 4, 9));
        assertThat(EventCalendar.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(EventCalendar.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        EventCalendar cal = EventCalendar.builtIn(2024, 2025);
        assertThat(dates(cal, "black_friday")).containsExactly(LocalDate.of(2024, 11, 29), LocalDate.of(2025, 11, 28));
        assertThat(dates(cal, "cyber_monday")).containsExactly(LocalDate.of(2024, 12, 2), LocalDate.of(2025, 12, 1));
        assertThat(dates(cal, "mothers_day")).containsExactly(LocalDate.of(2024, 5, 12), LocalDate.of(2025, 5, 11));
        assertThat(dates(cal, "chinese_new_year")).containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29));
    }

    @Test
    void userEventsAddOrReplaceAndBadOnesAreExplained() {
        EventCalendar cal = EventCalendar.builtIn(2024, 2024)
                .withCustom(List.of("Store Anniversary:2024-05-20;2025-05-20", "christmas:2024-12-24"));
        assertThat(dates(cal, "store_anniversary")).hasSize(2);
        assertThat(dates(cal, "christmas")).containsExactly(LocalDate.of(2024, 12, 24));
        assertThatThrownBy(() -> cal.withCustom(List.of("launch:20/05/2024"))).isInstanceOf(SalescastException.class)
                .hasMessageContaining("launch:20/05/2024");
    }

    private static List<LocalDate> dates(EventCalendar cal, String name) {
        return cal.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().dates();
    }
}
