package io.salescast.sample;

import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.math3.random.RandomDataGenerator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a {@link SplittableRandom} (fast, splittable, same stream
 * on every JVM) behind commons-math's samplers for Poisson, gamma and normal draws. Each product
 * gets its own split stream, so a product's data depend only on the seed and its position.
 * Not thread-safe; one instance per thread of work.
 */
public final class SeededRandom {

    private final SplittableRandom random;
    private final RandomDataGenerator data;

    /** A stream seeded with {@code seed}. */
    public SeededRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private SeededRandom(SplittableRandom random) {
        this.random = random;
        this.data = new RandomDataGenerator(new Adapter(random));
    }

    /** An independent stream split off this one (advances this one by one step). */
    public SeededRandom split() {
        return new SeededRandom(random.split());
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform integer in [lo, hi] (both inclusive). */
    public int integer(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal draw. */
    public double normal() {
        return data.nextGaussian(0, 1);
    }

    /** One element of a non-empty list, uniformly. */
    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Poisson draw with the given mean (0 for a mean of 0). */
    public long poisson(double mean) {
        return mean <= 0 ? 0 : data.nextPoisson(mean);
    }

    /**
     * Negative-binomial count with the given mean and size (dispersion) parameter: variance
     * {@code mean + mean^2 / size}, drawn as a gamma-Poisson mixture.
     */
    public long negativeBinomial(double mean, double size) {
        if (mean <= 0) {
            return 0;
        }
        double rate = mean * data.nextGamma(size, 1.0 / size);
        return rate <= 0 ? 0 : data.nextPoisson(rate);
    }

    /** Adapts a SplittableRandom to commons-math's generator interface. */
    private static final class Adapter extends AbstractRandomGenerator {
        private final SplittableRandom random;

        Adapter(SplittableRandom random) {
            this.random = random;
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException("seeded once, at construction");
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
