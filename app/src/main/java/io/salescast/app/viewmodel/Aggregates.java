package io.salescast.app.viewmodel;

import io.salescast.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Sums of several products' values aligned on their dates (for category and store totals). */
final class Aggregates {

    /**
     * Values starting at a date.
     *
     * @param start first period
     * @param v     values (NaN = unknown)
     */
    record Dated(LocalDate start, double[] v) {
    }

    private Aggregates() {
    }

    /** The sum over {@code parts}, NaN where no part has a value. */
    static Dated sum(Frequency f, List<Dated> parts) {
        if (parts.isEmpty()) {
            return new Dated(LocalDate.of(2000, 1, 1), new double[0]);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        LocalDate min = parts.get(0).start();
        LocalDate max = f.step(min, parts.get(0).v().length - 1L);
        for (Dated d : parts) {
            if (d.start().isBefore(min)) {
                min = d.start();
            }
            LocalDate end = f.step(d.start(), d.v().length - 1L);
            if (end.isAfter(max)) {
                max = end;
            }
        }
        int n = (int) f.periodsBetween(min, max) + 1;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (Dated d : parts) {
            int off = (int) f.periodsBetween(min, d.start());
            for (int i = 0; i < d.v().length; i++) {
                double v = d.v()[i];
                if (!Double.isNaN(v)) {
                    out[off + i] = Double.isNaN(out[off + i]) ? v : out[off + i] + v;
                }
            }
        }
        return new Dated(min, out);
    }

    /** Epoch days of {@code n} periods from {@code start}. */
    static double[] days(Frequency f, LocalDate start, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f == Frequency.DAILY ? start.toEpochDay() + i : f.step(start, i).toEpochDay();
        }
        return x;
    }
}
