package io.salescast.explain;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.features.FeatureFamily;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Global importance of any model by permutation (Breiman 2001; Fisher, Rudin and Dominici 2019):
 * how much the backtest error grows when a feature's values are shuffled across rows, breaking
 * its link with the target. Each feature, and each family as a whole (its columns shuffled
 * together, by the same permutation), is shuffled {@code repeats} times with seeded
 * permutations; the importance is the mean error increase and the spread its standard deviation
 * over the shuffles. Errors are measured in sales units. Reports progress and honours
 * cancellation between shuffles.
 */
public final class PermutationImportance {

    /** Error measure. */
    public enum Metric {
        /** Mean absolute error. */
        MAE,
        /** Root mean squared error. */
        RMSE
    }

    /**
     * Settings.
     *
     * @param repeats shuffles per feature (at least 2, so that a spread exists)
     * @param metric  error measure
     * @param maxRows rows used at most (a seeded sample of the backtest rows beyond that)
     * @param seed    seed of the sample and the shuffles
     */
    public record Options(int repeats, Metric metric, int maxRows, long seed) {
        /** Validates. */
        public Options {
            if (repeats < 2) {
                throw new IllegalArgumentException("at least 2 repeats are needed for a spread");
            }
            if (maxRows < 10) {
                throw new IllegalArgumentException("maxRows must be at least 10");
            }
        }

        /** 5 shuffles, MAE, at most 20,000 rows. */
        public static Options defaults(long seed) {
            return new Options(5, Metric.MAE, 20_000, seed);
        }
    }

    private PermutationImportance() {
    }

    /**
     * Computes feature and family importance.
     *
     * @param alias      model alias
     * @param scope      what the rows cover
     * @param model      the model (model space)
     * @param rows       backtest rows with actual values (rows without one are skipped)
     * @param toSales    per-row map from model space to sales units (same length as rows), or
     *                   null when the model predicts sales units
     * @param catalog    names and families
     * @param options    settings
     * @param progress   progress receiver
     * @param cancel     cancellation
     * @return importance with method {@link Method#PERMUTATION}
     * @throws IllegalArgumentException when fewer than 10 rows have actual values
     */
    public static GlobalImportance compute(String alias, GlobalImportance.Scope scope, PredictFunction model,
                                           FeatureRows rows, List<OutputTransform> toSales, FeatureCatalog catalog,
                                           Options options, ProgressListener progress, CancellationToken cancel) {
        if (!rows.featureNames().equals(model.featureNames())) {
            throw new IllegalArgumentException("rows and model have different columns");
        }
        Scorer scorer = Scorer.of(rows, toSales, options);
        List<String> names = rows.featureNames();
        List<int[]> groups = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            groups.add(new int[] {j});
        }
        Map<FeatureFamily, int[]> families = new EnumMap<>(FeatureFamily.class);
        for (FeatureFamily f : FeatureFamily.values()) {
            int[] cols = java.util.stream.IntStream.range(0, names.size())
                    .filter(j -> catalog.family(names.get(j)) == f).toArray();
            if (cols.length > 1) {
                families.put(f, cols);
                groups.add(cols);
            }
        }
        double[][] increases = shuffleAll(model, scorer, groups, options, progress, cancel);
        return result(alias, scope, names, catalog, families, increases, scorer, options);
    }

    private static double[][] shuffleAll(PredictFunction model, Scorer scorer, List<int[]> groups, Options options,
                                         ProgressListener progress, CancellationToken cancel) {
        double[][] x = scorer.x();
        double[][] work = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            work[i] = x[i].clone();
        }
        double baseline = scorer.error(model.predict(work));
        int total = groups.size() * options.repeats();
        double[][] increases = new double[groups.size()][options.repeats()];
        int[] perm = new int[x.length];
        for (int g = 0; g < groups.size(); g++) {
            for (int r = 0; r < options.repeats(); r++) {
                cancel.throwIfCancelled();
                permutation(perm, new Random(options.seed() * 1_000_003L + g * 7919L + r));
                for (int i = 0; i < x.length; i++) {
                    for (int j : groups.get(g)) {
                        work[i][j] = x[perm[i]][j];
                    }
                }
                increases[g][r] = scorer.error(model.predict(work)) - baseline;
                int done = g * options.repeats() + r + 1;
                progress.progress("permutation importance", done / (double) total,
                        "shuffle " + done + " of " + total);
            }
            for (int i = 0; i < x.length; i++) {
                for (int j : groups.get(g)) {
                    work[i][j] = x[i][j];
                }
            }
        }
        return increases;
    }

    private static GlobalImportance result(String alias, GlobalImportance.Scope scope, List<String> names,
                                           FeatureCatalog catalog, Map<FeatureFamily, int[]> families,
                                           double[][] increases, Scorer scorer, Options options) {
        List<GlobalImportance.FeatureImportance> features = new ArrayList<>();
        Map<FeatureFamily, Stats> single = new EnumMap<>(FeatureFamily.class);
        Map<FeatureFamily, Integer> counts = new EnumMap<>(FeatureFamily.class);
        for (int j = 0; j < names.size(); j++) {
            FeatureLabel l = catalog.label(names.get(j));
            Stats s = Stats.of(increases[j]);
            features.add(new GlobalImportance.FeatureImportance(l.name(), l.label(), l.family(), s.mean(), s.std(),
                    Double.NaN));
            single.put(l.family(), s);
            counts.merge(l.family(), 1, Integer::sum);
        }
        List<GlobalImportance.FamilyImportance> fams = new ArrayList<>();
        int g = names.size();
        for (FeatureFamily f : FeatureFamily.values()) {
            Stats s = families.containsKey(f) ? Stats.of(increases[g++]) : counts.getOrDefault(f, 0) == 1 ? single.get(f) : null;
            if (s != null) {
                fams.add(new GlobalImportance.FamilyImportance(f, s.mean(), s.std()));
            }
        }
        String measure = "increase in " + options.metric() + " (units) when shuffled";
        return new GlobalImportance(alias, scope, Method.PERMUTATION, measure, scorer.x().length, features, fams);
    }

    private static void permutation(int[] perm, Random rnd) {
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        for (int i = perm.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
    }
}
