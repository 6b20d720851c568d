package io.salescast.explain;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Weighted ridge regression in closed form, {@code (X'WX + lambda*I) b = X'Wy} with an
 * unpenalised intercept: the surrogate fitter of the local explanations (STACK.md: closed form
 * worked well for LIME; Tribuo's LARS did not).
 *
 * @param intercept    fitted intercept
 * @param coefficients one coefficient per column
 * @param r2           weighted coefficient of determination on the fitted rows (1 = perfect;
 *                     NaN when the target does not vary)
 */
record WeightedRidge(double intercept, double[] coefficients, double r2) {

    /**
     * Fits.
     *
     * @param x       rows of the design (no intercept column)
     * @param y       targets
     * @param w       non-negative row weights
     * @param lambda  penalty on the coefficients (not the intercept), {@code >= 0}
     * @param fitIntercept whether to fit an intercept (otherwise it is 0)
     */
    static WeightedRidge fit(double[][] x, double[] y, double[] w, double lambda, boolean fitIntercept) {
        int p = x.length == 0 ? 0 : x[0].length;
        int k = p + (fitIntercept ? 1 : 0);
        double[][] a = new double[k][k];
        double[] b = new double[k];
        double[] row = new double[k];
        for (int i = 0; i < x.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            System.arraycopy(x[i], 0, row, 0, p);
            if (fitIntercept) {
                row[p] = 1;
            }
            for (int r = 0; r < k; r++) {
                double wr = w[i] * row[r];
                b[r] += wr * y[i];
                for (int c = r; c < k; c++) {
                    a[r][c] += wr * row[c];
                }
            }
        }
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < r; c++) {
                a[r][c] = a[c][r];
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += lambda;
        }
        if (fitIntercept) {
            a[p][p] += 1e-12;
        }
        RealVector sol = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] coef = new double[p];
        for (int j = 0; j < p; j++) {
            coef[j] = sol.getEntry(j);
        }
        double icpt = fitIntercept ? sol.getEntry(p) : 0;
        return new WeightedRidge(icpt, coef, r2(x, y, w, icpt, coef));
    }

    /** Prediction of the fitted model for one row. */
    double predict(double[] row) {
        double s = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
    }

    private static double r2(double[][] x, double[] y, double[] w, double icpt, double[] coef) {
        double sw = 0;
        double mean = 0;
        for (int i = 0; i < y.length; i++) {
            sw += w[i];
            mean += w[i] * y[i];
        }
        mean /= sw;
        double ssTot = 0;
        double ssRes = 0;
        WeightedRidge tmp = new WeightedRidge(icpt, coef, Double.NaN);
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - tmp.predict(x[i]);
            ssRes += w[i] * e * e;
            ssTot += w[i] * (y[i] - mean) * (y[i] - mean);
        }
        if (ssTot <= 1e-12 * Math.max(1, sw * mean * mean)) {
            return ssRes <= 1e-12 * Math.max(1, sw * mean * mean) ? 1 : Double.NaN;
        }
        return 1 - ssRes / ssTot;
    }
}
