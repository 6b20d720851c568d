package io.salescast.cli;

import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.ConformalCalibrator;
import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Scores;
import io.salescast.forecast.engine.EngineResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a backtest leaderboard and the recommendation as a plain-text table. */
final class LeaderboardPrinter {

    private LeaderboardPrinter() {
    }

    static void print(PrintWriter o, EngineResult r) {
        Backtest bt = r.backtest();
        Leaderboard board = r.leaderboard();
        if (bt == null || board == null) {
            o.println("No backtest was run (--windows 0): no leaderboard and no recommendation.");
            return;
        }
        long series = bt.slices().stream().map(Backtest.Slice::id).distinct().count();
        o.printf(Locale.ROOT, "Backtest: %d window%s x %d periods, cutoffs %s, %d series%n", bt.windows().size(),
                bt.windows().size() == 1 ? "" : "s", bt.horizon(),
                bt.cutoffs(), series);
        List<Integer> levels = r.coverage().stream().map(ConformalCalibrator.Coverage::level).distinct().sorted().toList();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-3s %-20s %8s %8s %8s %11s %11s", "#", "model",
                "WAPE", "MASE", "MAE", "skill WAPE", "skill MASE"));
        levels.forEach(l -> head.append(String.format(Locale.ROOT, " %8s", "cov " + l + "%")));
        o.println(head);
        int rank = 1;
        for (Leaderboard.Row row : board.rows()) {
            Scores s = row.overall();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-3d %-20s %8.4f %8.4f %8.3f %+10.1f%% %+10.1f%%",
                    rank++, row.model() + (row.baseline() ? " (b)" : ""), s.wape(), s.mase(), s.mae(), 100 * row.skillWape(),
                    100 * row.skillMase()));
            for (int l : levels) {
                Scores.IntervalScore i = s.interval(l);
                line.append(i == null ? String.format(Locale.ROOT, " %8s", "-")
                        : String.format(Locale.ROOT, " %7.1f%%", 100 * i.coverage()));
            }
            if (row.failure() != null) {
                line.append("  FAILED: ").append(row.failure());
            }
            o.println(line);
        }
        o.println("(b) = baseline; skill = improvement over " + board.reference()
                + "; coverage = share of backtest actuals inside the intervals, each window calibrated on the others.");
        if (!r.references().isEmpty()) {
            o.println("Added for comparison (not in --models): " + String.join(", ", r.references())
                    + "; the leaderboard always includes these baselines.");
        }
        o.println("Recommended (column auto): " + r.autoReason() + ".");
        r.fallbackSeries().forEach((model, ids) -> o.printf(Locale.ROOT,
                "%s: %d series too short for it were forecast by the fallback model.%n", model, ids.size()));
    }
}
