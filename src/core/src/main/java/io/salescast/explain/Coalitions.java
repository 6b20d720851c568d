package io.salescast.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Coalitions of players for Kernel SHAP with their regression weights: every proper, non-empty
 * coalition with its exact Shapley-kernel weight when they fit in the budget, else a paired
 * sample drawn by total kernel weight per size (equal weights).
 *
 * @param masks   one membership mask per coalition
 * @param weights regression weight per coalition
 */
record Coalitions(boolean[][] masks, double[] weights) {

    static Coalitions of(int players, int budget, Random rnd) {
        if (players < 31 && (1L << players) - 2 <= budget) {
            return enumerate(players);
        }
        return sample(players, budget, rnd);
    }

    private static Coalitions enumerate(int m) {
        int n = (1 << m) - 2;
        boolean[][] masks = new boolean[n][m];
        double[] w = new double[n];
        for (int code = 1; code <= n; code++) {
            int s = Integer.bitCount(code);
            for (int p = 0; p < m; p++) {
                masks[code - 1][p] = (code >> p & 1) == 1;
            }
            w[code - 1] = (m - 1) / (binomial(m, s) * s * (double) (m - s));
        }
        return new Coalitions(masks, w);
    }

    private static Coalitions sample(int m, int budget, Random rnd) {
        double[] sizeWeight = new double[m];
        double total = 0;
        for (int s = 1; s < m; s++) {
            sizeWeight[s] = 1.0 / (s * (double) (m - s));
            total += sizeWeight[s];
        }
        List<boolean[]> masks = new ArrayList<>(budget);
        int[] order = new int[m];
        while (masks.size() + 1 < budget) {
            double u = rnd.nextDouble() * total;
            int s = 1;
            while (s < m - 1 && u > sizeWeight[s]) {
                u -= sizeWeight[s];
                s++;
            }
            for (int p = 0; p < m; p++) {
                order[p] = p;
            }
            boolean[] mask = new boolean[m];
            for (int i = 0; i < s; i++) {
                int j = i + rnd.nextInt(m - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
                mask[order[i]] = true;
            }
            boolean[] complement = new boolean[m];
            for (int p = 0; p < m; p++) {
                complement[p] = !mask[p];
            }
            masks.add(mask);
            masks.add(complement);
        }
        double[] w = new double[masks.size()];
        java.util.Arrays.fill(w, 1.0);
        return new Coalitions(masks.toArray(boolean[][]::new), w);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
