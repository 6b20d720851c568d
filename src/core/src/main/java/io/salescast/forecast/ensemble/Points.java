package io.salescast.forecast.ensemble;

import io.salescast.evaluation.Backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Backtest points (actual and candidate forecasts) where everything is known, as flat arrays. */
final class Points {

    final double[] actual;
    final double[][] forecast;

    private Points(double[] actual, double[][] forecast) {
        this.actual = actual;
        this.forecast = forecast;
    }

    static Points collect(Backtest backtest, Set<Integer> windows, List<String> candidates) {
        List<Double> a = new ArrayList<>();
        List<double[]> f = new ArrayList<>();
        for (int wi = 0; wi < backtest.windows().size(); wi++) {
            if (!windows.contains(wi)) {
                continue;
            }
            for (Backtest.Slice s : backtest.windows().get(wi).slices()) {
                double[][] cols = new double[candidates.size()][];
                for (int m = 0; m < cols.length; m++) {
                    cols[m] = s.column(candidates.get(m));
                }
                point:
                for (int k = 0; k < s.actual().length; k++) {
                    if (Double.isNaN(s.actual()[k])) {
                        continue;
                    }
                    double[] row = new double[cols.length];
                    for (int m = 0; m < cols.length; m++) {
                        row[m] = k < cols[m].length ? cols[m][k] : Double.NaN;
                        if (Double.isNaN(row[m])) {
                            continue point;
                        }
                    }
                    a.add(s.actual()[k]);
                    f.add(row);
                }
            }
        }
        double[] actual = new double[a.size()];
        double[][] forecast = new double[candidates.size()][a.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = a.get(i);
            for (int m = 0; m < candidates.size(); m++) {
                forecast[m][i] = f.get(i)[m];
            }
        }
        return new Points(actual, forecast);
    }

    /** WAPE of candidate m over the points, NaN without points or actual volume. */
    double wape(int m) {
        double err = 0;
        double vol = 0;
        for (int i = 0; i < actual.length; i++) {
            err += Math.abs(forecast[m][i] - actual[i]);
            vol += Math.abs(actual[i]);
        }
        return actual.length == 0 || vol == 0 ? Double.NaN : err / vol;
    }

    /** Total absolute error of the blend with weights units[i] / total on members[i]. */
    double absError(List<Integer> members, int[] units, int total) {
        double err = 0;
        for (int i = 0; i < actual.length; i++) {
            double v = 0;
            for (int j = 0; j < units.length; j++) {
                if (units[j] != 0) {
                    v += units[j] * forecast[members.get(j)][i];
                }
            }
            err += Math.abs(v / total - actual[i]);
        }
        return err;
    }
}
