package io.salescast.evaluation;

import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-made backtest (one window, horizon 2) with known errors:
 * series A (scale 5): actual 10 20, seasonal naive 12 16, m1 10 21;
 * series B (scale 2): actual 0 4, seasonal naive 1 4, m1 2 2.
 */
class LeaderboardTest {

    static Backtest backtest() {
        LocalDate cutoff = LocalDate.of(2024, 3, 1);
        LocalDate start = cutoff.plusDays(1);
        Map<String, double[]> a = new LinkedHashMap<>();
        a.put("seasonal_naive", new double[] {12, 16});
        a.put("m1", new double[] {10, 21});
        a.put("m1-lo-80", new double[] {9, 18});
        a.put("m1-hi-80", new double[] {11, 22});
        Map<String, double[]> b = new LinkedHashMap<>();
        b.put("seasonal_naive", new double[] {1, 4});
        b.put("m1", new double[] {2, 2});
        b.put("m1-lo-80", new double[] {1, 1});
        b.put("m1-hi-80", new double[] {3, 3});
        List<Backtest.Slice> slices = List.of(
                new Backtest.Slice("A", cutoff, start, new double[] {10, 20}, 5, a),
                new Backtest.Slice("B", cutoff, start, new double[] {0, 4}, 2, b));
        return new Backtest(Frequency.DAILY, 2, List.of("seasonal_naive", "m1"), Set.of("seasonal_naive"),
                List.of(new Backtest.Window(cutoff, slices)), Map.of());
    }

    @Test
    void overallScoresArePooled() {
        Leaderboard board = Leaderboard.of(backtest(), Metric.MAE);
        Scores sn = board.row("seasonal_naive").orElseThrow().overall();
        assertThat(sn.points()).isEqualTo(4);
        assertThat(sn.mae()).isEqualTo(1.75);
        assertThat(sn.wape()).isCloseTo(7.0 / 34, within(1e-15));
        assertThat(sn.mase()).isCloseTo(0.425, within(1e-15)); // (2/5 + 4/5 + 1/2 + 0/2) / 4
        assertThat(sn.mapeSkippedZeros()).isEqualTo(1);
        Scores m1 = board.row("m1").orElseThrow().overall();
        assertThat(m1.mae()).isEqualTo(1.25);
        assertThat(m1.mase()).isCloseTo(0.55, within(1e-15));   // (0 + 1/5 + 2/2 + 2/2) / 4
        assertThat(m1.bias()).isEqualTo(0.25);                   // (0 + 1 + 2 - 2) / 4
        Scores.IntervalScore i80 = m1.interval(80);
        assertThat(i80.coverage()).isEqualTo(0.5);
        assertThat(i80.meanWidth()).isEqualTo(2.5);
    }

    @Test
    void skillAgainstSeasonalNaive() {
        Leaderboard board = Leaderboard.of(backtest(), Metric.MAE);
        Leaderboard.Row m1 = board.row("m1").orElseThrow();
        assertThat(m1.skillWape()).isCloseTo(1 - 5.0 / 7, within(1e-15));
        assertThat(m1.skillMase()).isCloseTo(1 - 0.55 / 0.425, within(1e-15));
        Leaderboard.Row sn = board.row("seasonal_naive").orElseThrow();
        assertThat(sn.skillWape()).isEqualTo(0.0);
        assertThat(sn.baseline()).isTrue();
        assertThat(m1.baseline()).isFalse();
    }

    @Test
    void sortedByTheChosenMetricWithARecommendation() {
        Leaderboard byMae = Leaderboard.of(backtest(), Metric.MAE);
        assertThat(byMae.rows()).extracting(Leaderboard.Row::model).containsExactly("m1", "seasonal_naive");
        assertThat(byMae.best()).contains("m1");
        Leaderboard byMase = Leaderboard.of(backtest(), Metric.MASE);
        assertThat(byMase.rows()).extracting(Leaderboard.Row::model).containsExactly("seasonal_naive", "m1");
        assertThat(byMase.best()).contains("seasonal_naive");
    }

    @Test
    void perSeriesAndPerStep() {
        Leaderboard board = Leaderboard.of(backtest(), Metric.MAE);
        assertThat(board.perSeries("m1").get("A").mae()).isEqualTo(0.5);
        assertThat(board.perSeries("m1").get("B").mae()).isEqualTo(2.0);
        assertThat(board.perStep("m1")).hasSize(2);
        assertThat(board.perStep("m1").get(0).mae()).isEqualTo(1.0);
        assertThat(board.perStep("m1").get(1).mae()).isEqualTo(1.5);
        assertThat(board.bestPerSeries()).containsEntry("A", "m1").containsEntry("B", "seasonal_naive");
        assertThat(board.perSeries("unknown")).isEmpty();
    }

    @Test
    void withoutTheReferenceSkillIsUndefinedButModelsAreStillRanked() {
        Leaderboard board = Leaderboard.of(backtest(), Metric.WAPE, "not_there");
        assertThat(board.row("m1").orElseThrow().skillWape()).isNaN();
        assertThat(board.best()).contains("m1");
    }
}
