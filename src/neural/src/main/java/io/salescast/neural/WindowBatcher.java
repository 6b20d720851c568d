package io.salescast.neural;

import io.salescast.series.Frequency;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns windows of series into network inputs {@code [batch, inputs, window + horizon]}, labels
 * {@code [batch, 1, window + horizon]} and a label mask that keeps only observed forecast periods.
 * A window whose forecast starts at period {@code e} reads periods {@code e - window .. e - 1} as
 * the past (periods before the series start are padding with the observed flag off) and periods
 * {@code e .. e + horizon - 1} as the future, where the target input is zero and only covariates,
 * calendar and static inputs are known.
 */
final class WindowBatcher {

    /**
     * A window: the series, the index of its first forecast period, and the index before which
     * targets may be used as labels (periods at or after it are masked: they belong to validation).
     */
    record Window(EncodedSeries series, int forecastStart, int targetEnd) {
        /** A window whose targets may run to the end of the history. */
        Window(EncodedSeries series, int forecastStart) {
            this(series, forecastStart, Integer.MAX_VALUE);
        }
    }

    /**
     * A built batch.
     *
     * @param features  inputs
     * @param labels    transformed targets
     * @param labelMask 1 where a forecast period has an observed target
     * @param scales    per-window scale (1 + mean observed past sales)
     */
    record Batch(INDArray features, INDArray labels, INDArray labelMask, double[] scales) {
    }

    private static final double LEVEL_NORM = 5.0;
    private static final double AGE_NORM = 365.0;
    private static final double RELATIVE_CLIP = 3.0;

    private final InputEncoding enc;
    private final CalendarEncoder calendar;
    private final Frequency frequency;
    private final int window;
    private final LossKind loss;
    private final Map<LocalDate, float[]> calendarCache = new HashMap<>();

    WindowBatcher(InputEncoding enc, int window, LossKind loss) {
        this.enc = enc;
        this.frequency = enc.frequency();
        this.calendar = new CalendarEncoder(frequency);
        this.window = window;
        this.loss = loss;
    }

    /** Builds a batch of windows, each forecasting {@code horizon} periods. */
    Batch build(List<Window> windows, int horizon) {
        int b = windows.size();
        int f = enc.width();
        int t = window + horizon;
        float[] x = new float[b * f * t];
        float[] y = new float[b * t];
        float[] m = new float[b * t];
        double[] scales = new double[b];
        for (int i = 0; i < b; i++) {
            scales[i] = fill(windows.get(i), horizon, x, y, m, i);
        }
        return new Batch(Nd4j.create(x, new long[] {b, f, t}, 'c'), Nd4j.create(y, new long[] {b, 1, t}, 'c'),
                Nd4j.create(m, new long[] {b, t}, 'c'), scales);
    }

    private double fill(Window w, int horizon, float[] x, float[] y, float[] m, int row) {
        EncodedSeries s = w.series();
        int e = w.forecastStart();
        int f = enc.width();
        int t = window + horizon;
        double scale = scale(s, e);
        float level = (float) (Math.log(scale) / LEVEL_NORM);
        float[] statics = s.staticInputs();
        int base = row * f * t;
        float[] step = new float[f];
        for (int k = 0; k < t; k++) {
            int i = e - window + k;
            boolean past = k < window;
            double yi = s.y(i);
            boolean observed = !Double.isNaN(yi);
            java.util.Arrays.fill(step, 0f);
            if (past && observed) {
                step[0] = (float) Math.log1p(Math.max(0, yi) / scale);
                step[1] = 1f;
            }
            step[2] = past ? 0f : 1f;
            step[3] = level;
            step[4] = i < 0 ? 0f : (float) (Math.min(i, AGE_NORM) / AGE_NORM);
            encodeCovariates(s, i, step);
            LocalDate date = frequency.step(s.series().start(), i);
            System.arraycopy(calendarOf(date), 0, step, enc.calendarOffset(), CalendarEncoder.WIDTH);
            System.arraycopy(statics, 0, step, enc.attributeOffset(), statics.length);
            for (int j = 0; j < f; j++) {
                x[base + j * t + k] = step[j];
            }
            if (!past && observed && i < w.targetEnd()) {
                y[row * t + k] = (float) transform(yi / scale);
                m[row * t + k] = 1f;
            }
        }
        return scale;
    }

    private void encodeCovariates(EncodedSeries s, int i, float[] step) {
        int off = enc.covariateOffset();
        for (int c = 0; c < enc.covariates().size(); c++) {
            double v = s.covariate(c, i);
            if (Double.isNaN(v)) {
                continue;
            }
            InputEncoding.Covariate cov = enc.covariates().get(c);
            double z;
            if (cov.relative()) {
                double mean = s.seriesMean(c);
                z = mean > 0 ? Math.max(-RELATIVE_CLIP, Math.min(RELATIVE_CLIP, v / mean - 1)) : 0;
            } else {
                z = (v - cov.mean()) / cov.std();
            }
            step[off + c] = (float) z;
        }
    }

    private float[] calendarOf(LocalDate date) {
        return calendarCache.computeIfAbsent(date, d -> {
            float[] out = new float[CalendarEncoder.WIDTH];
            calendar.encode(d, out, 0);
            return out;
        });
    }

    /** 1 + mean of the observed sales in the window's past (DeepAR-style scale). */
    double scale(EncodedSeries s, int forecastStart) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, forecastStart - window); i < forecastStart; i++) {
            double v = s.y(i);
            if (!Double.isNaN(v)) {
                sum += Math.max(0, v);
                n++;
            }
        }
        return 1 + (n == 0 ? 0 : sum / n);
    }

    /** Target transform of a scaled value. */
    double transform(double scaled) {
        double v = Math.max(0, scaled);
        return loss == LossKind.LOG_MSE ? Math.log1p(v) : v;
    }

    /** Inverse of {@link #transform}, times the scale, never negative. */
    double inverse(double out, double scale) {
        double v = loss == LossKind.LOG_MSE ? Math.expm1(out) : out;
        return Math.max(0, v * scale);
    }
}
