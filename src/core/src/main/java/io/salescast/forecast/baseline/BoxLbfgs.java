package io.salescast.forecast.baseline;

import java.util.function.ToDoubleFunction;

/**
 * A small projected L-BFGS minimiser for smooth functions on a box, with central-difference
 * gradients (the approach of statsmodels' ETS fit, which uses scipy's L-BFGS-B). Variables at a
 * bound whose gradient pushes outwards are held fixed for the step; steps are projected onto the
 * box and accepted by a backtracking Armijo line search. Deterministic; not thread-safe.
 */
final class BoxLbfgs {

    private static final int MEMORY = 8;

    private final ToDoubleFunction<double[]> f;
    private final double[] lo;
    private final double[] hi;
    private int evaluations;

    BoxLbfgs(ToDoubleFunction<double[]> f, double[] lo, double[] hi) {
        this.f = f;
        this.lo = lo.clone();
        this.hi = hi.clone();
    }

    /** Function evaluations so far. */
    int evaluations() {
        return evaluations;
    }

    private double eval(double[] x) {
        evaluations++;
        return f.applyAsDouble(x);
    }

    /**
     * Minimises from {@code start} (projected onto the box).
     *
     * @param maxEvaluations budget of function evaluations
     * @return the best point found
     */
    double[] minimise(double[] start, int maxEvaluations) {
        int n = start.length;
        double[] x = start.clone();
        project(x);
        double fx = eval(x);
        double[] g = gradient(x, fx);
        double[][] s = new double[MEMORY][];
        double[][] yv = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int next = 0;
        int calm = 0;
        while (evaluations < maxEvaluations) {
            boolean[] free = freeSet(x, g);
            double[] d = direction(g, free, s, yv, rho, stored, next);
            double slope = dot(d, g);
            if (!(slope < 0)) {
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = free[i] ? -g[i] : 0;
                }
                slope = dot(d, g);
                if (!(slope < 0)) {
                    break;
                }
            }
            double t = stored == 0 ? Math.min(1, 0.1 / Math.max(1e-12, Math.sqrt(-slope))) : 1;
            double[] xn = new double[n];
            double fn = Double.POSITIVE_INFINITY;
            boolean accepted = false;
            for (int k = 0; k < 40 && evaluations < maxEvaluations; k++) {
                for (int i = 0; i < n; i++) {
                    xn[i] = x[i] + t * d[i];
                }
                project(xn);
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    decrease += g[i] * (xn[i] - x[i]);
                }
                fn = eval(xn);
                if (fn <= fx + 1e-4 * decrease && decrease < 0) {
                    accepted = true;
                    break;
                }
                t *= 0.3;
            }
            if (!accepted) {
                if (stored == 0) {
                    break;
                }
                stored = 0;
                continue;
            }
            double[] gn = gradient(xn, fn);
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = xn[i] - x[i];
                yk[i] = gn[i] - g[i];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12) {
                s[next] = sk;
                yv[next] = yk;
                rho[next] = 1 / sy;
                next = (next + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            double change = fx - fn;
            x = xn;
            g = gn;
            fx = fn;
            calm = change < 1e-10 * (1 + Math.abs(fx)) ? calm + 1 : 0;
            if (calm >= 3 || projectedGradientNorm(x, g) < 1e-7) {
                break;
            }
        }
        return x;
    }

    private double[] direction(double[] g, boolean[] free, double[][] s, double[][] yv, double[] rho, int stored, int next) {
        int n = g.length;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = free[i] ? g[i] : 0;
        }
        double[] a = new double[MEMORY];
        for (int k = 0; k < stored; k++) {
            int j = Math.floorMod(next - 1 - k, MEMORY);
            a[j] = rho[j] * dotFree(s[j], q, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    q[i] -= a[j] * yv[j][i];
                }
            }
        }
        if (stored > 0) {
            int j = Math.floorMod(next - 1, MEMORY);
            double gamma = dot(s[j], yv[j]) / Math.max(1e-300, dot(yv[j], yv[j]));
            for (int i = 0; i < n; i++) {
                q[i] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int j = Math.floorMod(next - 1 - k, MEMORY);
            double b = rho[j] * dotFree(yv[j], q, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    q[i] += s[j][i] * (a[j] - b);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            q[i] = free[i] ? -q[i] : 0;
        }
        return q;
    }

    private boolean[] freeSet(double[] x, double[] g) {
        boolean[] free = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            free[i] = !(x[i] <= lo[i] && g[i] > 0) && !(x[i] >= hi[i] && g[i] < 0);
        }
        return free;
    }

    private double projectedGradientNorm(double[] x, double[] g) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double p = Math.min(Math.max(x[i] - g[i], lo[i]), hi[i]) - x[i];
            s += p * p;
        }
        return Math.sqrt(s);
    }

    private double[] gradient(double[] x, double fx) {
        int n = x.length;
        double[] g = new double[n];
        double[] xp = x.clone();
        for (int i = 0; i < n; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double up = Math.min(x[i] + h, hi[i]);
            double down = Math.max(x[i] - h, lo[i]);
            xp[i] = up;
            double fu = up == x[i] ? fx : eval(xp);
            xp[i] = down;
            double fd = down == x[i] ? fx : eval(xp);
            xp[i] = x[i];
            g[i] = up == down ? 0 : (fu - fd) / (up - down);
        }
        return g;
    }

    private void project(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(Math.max(x[i], lo[i]), hi[i]);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double dotFree(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (free[i]) {
                s += a[i] * b[i];
            }
        }
        return s;
    }
}
