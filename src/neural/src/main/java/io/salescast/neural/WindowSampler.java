package io.salescast.neural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Chooses training and validation windows with a time-based split: the last
 * {@code validationPeriods} periods of every series are only ever forecast targets of the
 * validation windows, never of training windows. Training windows are drawn afresh each epoch from
 * a seeded generator.
 */
final class WindowSampler {

    private final List<EncodedSeries> series;
    private final int validationPeriods;
    private final int windowsPerSeries;

    WindowSampler(List<EncodedSeries> series, int validationPeriods, int windowsPerSeries) {
        this.series = series;
        this.validationPeriods = validationPeriods;
        this.windowsPerSeries = windowsPerSeries;
    }

    /**
     * Last allowed forecast start of a training window of {@code s} (targets beyond the training
     * part are masked), or a value below 1 when the series has no training window: at least one
     * past and one target period are needed.
     */
    private int lastTrainStart(EncodedSeries s) {
        return s.length() - validationPeriods - 1;
    }

    /** Whether any series yields a training window. */
    boolean hasTrainingWindows() {
        return series.stream().anyMatch(s -> lastTrainStart(s) >= 1);
    }

    /** The windows of one epoch, shuffled. */
    List<WindowBatcher.Window> epoch(Random rnd) {
        List<WindowBatcher.Window> out = new ArrayList<>();
        for (EncodedSeries s : series) {
            int last = lastTrainStart(s);
            if (last < 1) {
                continue;
            }
            for (int k = 0; k < windowsPerSeries; k++) {
                out.add(new WindowBatcher.Window(s, 1 + rnd.nextInt(last), s.length() - validationPeriods));
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    /** One validation window per series long enough: forecasting its last {@code validationPeriods} periods. */
    List<WindowBatcher.Window> validation() {
        List<WindowBatcher.Window> out = new ArrayList<>();
        for (EncodedSeries s : series) {
            int start = s.length() - validationPeriods;
            if (start >= 1 && validationPeriods > 0) {
                out.add(new WindowBatcher.Window(s, start));
            }
        }
        return out;
    }
}
