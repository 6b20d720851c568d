package io.salescast.cli;

import io.salescast.core.ProgressListener;

import java.time.Duration;
import java.util.Locale;

/**
 * Turns the engine's stages into one overall fraction with an ETA for the progress bar:
 * loading 5%, backtest 70%, final fit 25% (the backtest fits every model once per window).
 */
final class EngineProgress implements ProgressListener {

    private final ProgressListener bar;
    private final long start = System.nanoTime();
    private final boolean backtest;
    private volatile double overall;
    private volatile String currentStage = "load";

    EngineProgress(ProgressListener bar, boolean backtest) {
        this.bar = bar;
        this.backtest = backtest;
    }

    @Override
    public void progress(String stage, double fraction, String message) {
        double f = Math.max(0, Math.min(1, fraction));
        double base;
        double span;
        String name;
        if (stage.equals("backtest")) {
            base = 0.05;
            span = 0.70;
            name = "backtest";
        } else if (stage.equals("final fit")) {
            base = backtest ? 0.75 : 0.05;
            span = backtest ? 0.25 : 0.95;
            name = "forecast";
        } else if (stage.startsWith("train ")) {
            bar.progress(label(), overall, message == null ? stage : stage + ": " + message);
            return;
        } else {
            base = 0;
            span = 0.05;
            name = "load";
        }
        if (fraction >= 0) {
            overall = Math.max(overall, base + span * f);
        }
        currentStage = name;
        bar.progress(label(), overall, (message == null ? "" : message) + eta());
    }

    private String label() {
        return currentStage;
    }

    private String eta() {
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (overall < 0.06 || elapsed < 3) {
            return "";
        }
        long left = Math.round(elapsed * (1 - overall) / overall);
        Duration d = Duration.ofSeconds(left);
        return String.format(Locale.ROOT, "  ETA %d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
