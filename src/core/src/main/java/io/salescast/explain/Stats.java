package io.salescast.explain;

/**
 * Mean and sample standard deviation of a set of numbers.
 *
 * @param mean mean (NaN when empty)
 * @param std  sample standard deviation (0 for fewer than two numbers)
 */
record Stats(double mean, double std) {

    static Stats of(double[] v) {
        if (v.length == 0) {
            return new Stats(Double.NaN, 0);
        }
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        if (v.length < 2) {
            return new Stats(m, 0);
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return new Stats(m, Math.sqrt(ss / (v.length - 1)));
    }

    static Stats ofAbs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = Math.abs(v[i]);
        }
        return of(a);
    }
}
