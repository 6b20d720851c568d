package io.salescast.forecast.ensemble;

import io.salescast.evaluation.Backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns blend weights from backtest forecasts and adds blended columns to backtests and
 * forecasts. Only points where the actual and every candidate's forecast are known are used.
 */
public final class Blender {

    /** Most members considered (the best by backtest WAPE). */
    public static final int MAX_MEMBERS = 4;
    private static final double GRID = 0.05;
    private static final double WITHIN_BEST = 1.25;

    private Blender() {
    }

    /**
     * Learns the weights of one blend from the given windows of a backtest.
     *
     * @param backtest   the backtest
     * @param windows    indices of the windows to learn from
     * @param candidates model aliases that may be members
     * @param method     how to weight
     * @param alias      output column of the blend
     */
    public static BlendWeights learn(Backtest backtest, Set<Integer> windows, List<String> candidates, BlendMethod method,
                                     String alias) {
        Points p = Points.collect(backtest, windows, candidates);
        double[] wape = new double[candidates.size()];
        for (int m = 0; m < wape.length; m++) {
            wape[m] = p.wape(m);
        }
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < wape.length; m++) {
            if (!Double.isNaN(wape[m])) {
                order.add(m);
            }
        }
        order.sort(Comparator.comparingDouble(m -> wape[m]));
        List<Integer> members = new ArrayList<>(order.subList(0, Math.min(MAX_MEMBERS, order.size())));
        double[] w = new double[candidates.size()];
        if (members.isEmpty()) {
            return new BlendWeights(alias, method, Map.of());
        }
        if (method == BlendMethod.INVERSE_ERROR) {
            double best = wape[members.get(0)];
            members.removeIf(m -> wape[m] > best * WITHIN_BEST + 1e-12);
            double total = 0;
            for (int m : members) {
                w[m] = 1 / Math.max(1e-9, wape[m] * wape[m]);
                total += w[m];
            }
            for (int m : members) {
                w[m] /= total;
            }
        } else {
            stacked(p, members, w);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int m : members) {
            out.put(candidates.get(m), w[m]);
        }
        return new BlendWeights(alias, method, out);
    }

    /** Grid search on the simplex of the members for the least total absolute error. */
    private static void stacked(Points p, List<Integer> members, double[] w) {
        int k = members.size();
        int steps = (int) Math.round(1 / GRID);
        int[] units = new int[k];
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestUnits = new int[k];
        search(p, members, units, 0, steps, best, bestUnits);
        for (int i = 0; i < k; i++) {
            w[members.get(i)] = bestUnits[i] / (double) steps;
        }
    }

    private static void search(Points p, List<Integer> members, int[] units, int i, int left, double[] best, int[] bestUnits) {
        if (i == units.length - 1) {
            units[i] = left;
            double err = p.absError(members, units, left + sum(units, i));
            if (err < best[0] - 1e-9) {
                best[0] = err;
                System.arraycopy(units, 0, bestUnits, 0, units.length);
            }
            return;
        }
        for (int u = left; u >= 0; u--) {
            units[i] = u;
            search(p, members, units, i + 1, left - u, best, bestUnits);
        }
    }

    private static int sum(int[] units, int upTo) {
        int s = 0;
        for (int i = 0; i < upTo; i++) {
            s += units[i];
        }
        return s;
    }
}
