package io.salescast.neural;

import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarEncoderTest {

    private static float[] encode(Frequency f, LocalDate d) {
        float[] out = new float[CalendarEncoder.WIDTH];
        new CalendarEncoder(f).encode(d, out, 0);
        return out;
    }

    /** Offset of a festival's flag: 7 day-of-week + month sin/cos + day of month, then (flag, ramp) per festival. */
    private static int flag(Festival f) {
        return 10 + 2 * f.ordinal();
    }

    @Test
    void festivalDatesAreTheKnownOnes() {
        // Black Friday: 25 Nov 2022, 24 Nov 2023, 29 Nov 2024 (day after the fourth Thursday of November)
        assertThat(Festival.BLACK_FRIDAY.in(2022)).isEqualTo(LocalDate.of(2022, 11, 25));
        assertThat(Festival.BLACK_FRIDAY.in(2023)).isEqualTo(LocalDate.of(2023, 11, 24));
        assertThat(Festival.BLACK_FRIDAY.in(2024)).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(Festival.SINGLES_DAY.nextOnOrAfter(LocalDate.of(2024, 11, 12))).isEqualTo(LocalDate.of(2025, 11, 11));
    }

    @Test
    void dailyFlagsDayOfWeekAndFestivalWithRampBefore() {
        float[] d = encode(Frequency.DAILY, LocalDate.of(2024, 11, 11)); // a Monday
        assertThat(d[0]).isEqualTo(1f);
        assertThat(d[6]).isEqualTo(0f);
        assertThat(d[flag(Festival.SINGLES_DAY)]).isEqualTo(1f);
        assertThat(d[flag(Festival.SINGLES_DAY) + 1]).isEqualTo(0f);
        float[] before = encode(Frequency.DAILY, LocalDate.of(2024, 11, 4)); // 7 days before
        assertThat(before[flag(Festival.SINGLES_DAY)]).isEqualTo(0f);
        assertThat(before[flag(Festival.SINGLES_DAY) + 1]).isEqualTo(8f / 14f);
        float[] farAway = encode(Frequency.DAILY, LocalDate.of(2024, 3, 1));
        for (Festival f : Festival.values()) {
            assertThat(farAway[flag(f)]).isZero();
            assertThat(farAway[flag(f) + 1]).isZero();
        }
    }

    @Test
    void weeklyPeriodFlagsAFestivalInsideTheWeek() {
        float[] w = encode(Frequency.WEEKLY, LocalDate.of(2024, 12, 23)); // week of Christmas
        assertThat(w[flag(Festival.CHRISTMAS)]).isEqualTo(1f);
        assertThat(w[0]).isZero(); // no day of week for weekly data
        float[] month = encode(Frequency.MONTHLY, LocalDate.of(2024, 11, 1));
        assertThat(month[flag(Festival.SINGLES_DAY)]).isEqualTo(1f);
        assertThat(month[flag(Festival.BLACK_FRIDAY)]).isEqualTo(1f);
        assertThat(month[flag(Festival.CHRISTMAS)]).isZero();
    }
}
