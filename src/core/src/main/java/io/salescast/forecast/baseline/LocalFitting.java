package io.salescast.forecast.baseline;

import io.salescast.core.CancelledException;
import io.salescast.forecast.TrainContext;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Fits a {@link LocalForecaster} on every series, in parallel, with progress and cancellation. */
final class LocalFitting {

    private LocalFitting() {
    }

    static FittedLocalForecaster fit(LocalForecaster method, SalesPanel panel, TrainContext ctx) {
        List<SalesSeries> series = panel.series();
        int n = series.size();
        SeriesModel[] models = new SeriesModel[n];
        String stage = "train " + method.alias();
        ctx.progress().progress(stage, 0, "");
        int threads = Math.min(ctx.threads(), Math.max(1, n / 8));
        AtomicInteger done = new AtomicInteger();
        if (threads <= 1) {
            for (int i = 0; i < n; i++) {
                ctx.cancel().throwIfCancelled();
                models[i] = method.fitSeries(series.get(i).y(), panel.frequency());
                report(ctx, stage, done.incrementAndGet(), n);
            }
        } else {
            fitParallel(method, panel, ctx, models, threads, stage, done);
        }
        Map<String, FittedLocalForecaster.Entry> fits = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            SalesSeries s = series.get(i);
            fits.put(s.id(), new FittedLocalForecaster.Entry(panel.frequency().step(s.start(), s.length()), models[i]));
        }
        ctx.progress().progress(stage, 1, n + " series");
        return new FittedLocalForecaster(method.alias(), panel.frequency(), method.nonNegative(), fits);
    }

    private static void fitParallel(LocalForecaster method, SalesPanel panel, TrainContext ctx, SeriesModel[] models,
                                    int threads, String stage, AtomicInteger done) {
        List<SalesSeries> series = panel.series();
        int n = series.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "salescast-" + method.alias());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ctx.cancel().throwIfCancelled();
                        models[i] = method.fitSeries(series.get(i).y(), panel.frequency());
                        report(ctx, stage, done.incrementAndGet(), n);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(TrainContext ctx, String stage, int done, int total) {
        if (done == total || done % 50 == 0) {
            ctx.progress().progress(stage, (double) done / total, done + " / " + total + " series");
        }
    }
}
