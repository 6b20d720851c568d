package io.salescast.neural.bench;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.TrainContext;
import io.salescast.neural.NeuralForecaster;
import io.salescast.neural.NeuralSpec;
import io.salescast.neural.TrainedNetwork;
import io.salescast.neural.TrainingSettings;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cold start: does pretraining on the established products and fine-tuning on products with
 * little history beat training on those products alone? Products launched 14 to 120 days before
 * the cutoff form the group; when the store has fewer than 8 such, every fifth established
 * product is cut to its last 42 days of history instead (a short-history stand-in).
 */
final class ColdStart {

    private static final int SHORT = 42;

    private ColdStart() {
    }

    static void run(SalesPanel store, int threads) {
        int h = NeuralBench.HORIZON;
        LocalDate cutoff = store.lastDate().minusDays(h);
        Holdout all = Holdout.at(store, cutoff, h);
        List<String> group = new ArrayList<>();
        for (SalesSeries s : all.history().series()) {
            if (s.length() >= 14 && s.length() <= 120) {
                group.add(s.id());
            }
        }
        String kind = "launched 14-120 days before the cutoff";
        Holdout target;
        SalesPanel others;
        if (group.size() >= 8) {
            target = all.select(group);
            Set<String> g = new HashSet<>(group);
            others = all.history().withSeries(all.history().series().stream().filter(s -> !g.contains(s.id())).toList());
        } else {
            kind = "established products cut to their last " + SHORT + " days (the store has only " + group.size() + " recent launches)";
            group.clear();
            List<SalesSeries> rest = new ArrayList<>();
            List<SalesSeries> shortened = new ArrayList<>();
            List<SalesSeries> series = all.history().series();
            for (int i = 0; i < series.size(); i++) {
                SalesSeries s = series.get(i);
                if (i % 5 == 0 && s.length() > SHORT) {
                    group.add(s.id());
                    shortened.add(s.slice(store.frequency(), s.length() - SHORT, s.length()));
                } else {
                    rest.add(s);
                }
            }
            Holdout sel = all.select(group);
            target = new Holdout(sel.history().withSeries(shortened), sel.future(), sel.actuals(), h);
            others = all.history().withSeries(rest);
        }
        TrainContext ctx = new TrainContext(42, Device.CPU, Math.max(2, threads), null, null);
        NeuralSpec spec = NeuralSpec.lstm(h);
        if (threads > 0) {
            spec = spec.withTraining(spec.training().withThreads(threads));
        }
        long t0 = System.nanoTime();
        TrainedNetwork pre = NeuralForecaster.of(spec.withAlias("pretrained")).withListener(NeuralBench.printer())
                .train(others, FeatureSpec.none(), ctx);
        double preSecs = secs(t0);
        double zeroShot = target.wape(pre.bind(target.history()).predict(h, target.future(), new int[0]), "pretrained");
        TrainingSettings tune = spec.training().withMaxEpochs(6).withLearningRate(1e-3).withWindowsPerSeries(48).withPatience(2);
        t0 = System.nanoTime();
        var tuned = NeuralForecaster.fineTuning(pre, "finetuned", tune).withListener(NeuralBench.printer())
                .fit(target.history(), FeatureSpec.none(), ctx);
        double tuneSecs = secs(t0);
        double fine = target.wape(tuned.predict(h, target.future(), new int[0]), "finetuned");
        t0 = System.nanoTime();
        var scratch = NeuralForecaster.of(spec.withAlias("scratch").withTraining(spec.training().withWindowsPerSeries(48)))
                .withListener(NeuralBench.printer()).fit(target.history(), FeatureSpec.none(), ctx);
        double scratchSecs = secs(t0);
        double scr = target.wape(scratch.predict(h, target.future(), new int[0]), "scratch");
        double naive = target.wape(target.seasonalNaive(), "seasonal_naive");
        System.out.printf(Locale.ROOT, "cold start: %d products, %s; cutoff %s, WAPE over the next %d days%n",
                group.size(), kind, cutoff, h);
        System.out.printf(Locale.ROOT, "  pretrained on the other %d products, no fine-tuning: WAPE %.4f (pretraining %.1f s)%n",
                others.size(), zeroShot, preSecs);
        System.out.printf(Locale.ROOT, "  pretrained + fine-tuned on the group:               WAPE %.4f (fine-tuning %.1f s)%n", fine, tuneSecs);
        System.out.printf(Locale.ROOT, "  trained from scratch on the group only:             WAPE %.4f (%.1f s)%n", scr, scratchSecs);
        System.out.printf(Locale.ROOT, "  seasonal naive:                                     WAPE %.4f%n", naive);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
