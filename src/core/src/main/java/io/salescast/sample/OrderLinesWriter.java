package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Streams the order lines behind the daily sales: each day's units of each SKU are split into
 * lines of 1 to 6 units (larger quantities for cheaper items), the day's lines are shuffled and grouped into baskets of 1 to 4 lines
 * (same-SKU lines in one basket merged), and each order gets a time of day from an online-store
 * daily rhythm (quiet nights, lunch and evening peaks). Lines of an SKU and day sum exactly to its
 * daily units; unit price and discount are the day's. Optionally gzipped.
 */
final class OrderLinesWriter {

    /** Relative order volume per hour of the day. */
    private static final double[] HOURLY = {
        0.6, 0.35, 0.2, 0.15, 0.15, 0.25, 0.6, 1.1, 1.5, 1.7, 1.8, 1.9,
        2.2, 2.1, 1.8, 1.7, 1.7, 1.8, 2.0, 2.4, 2.7, 2.6, 2.0, 1.2};
    /** Line quantities 1..6: cheap items go in multiples, expensive ones one at a time. */
    private static final int[] QUANTITY_CHEAP = {50, 25, 12, 6, 4, 3};
    private static final int[] QUANTITY_MID = {76, 16, 5, 2, 1, 0};
    private static final int[] QUANTITY_DEAR = {93, 6, 1, 0, 0, 0};
    private static final int[] BASKET_WEIGHTS = {55, 25, 12, 8};

    private final SeededRandom random;
    private final double[] hourCumulative = new double[24];

    private OrderLinesWriter(long seed) {
        this.random = new SeededRandom(seed * 0x9E3779B97F4A7C15L + 0x5EED);
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += HOURLY[h];
            hourCumulative[h] = sum;
        }
        for (int h = 0; h < 24; h++) {
            hourCumulative[h] /= sum;
        }
    }

    /** Writes the CSV and returns the number of lines (header excluded). */
    static long write(SimulatedStore store, Path target, boolean gzip, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        try (OutputStream raw = Files.newOutputStream(target);
             OutputStream out = gzip ? new LevelGzip(raw, level(store)) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", SampleColumns.ORDER_LINES));
            w.write('\n');
            return new OrderLinesWriter(store.options().seed()).writeDays(store, w, progress, cancel);
        }
    }

    private long writeDays(SimulatedStore store, Writer w, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        List<ProductDays> products = store.days();
        LocalDate start = store.options().start();
        int n = store.options().days();
        long orderId = 1_000_000;
        long count = 0;
        long[] lines = new long[1024];
        for (int t = 0; t < n; t++) {
            cancel.throwIfCancelled();
            LocalDate date = start.plusDays(t);
            int size = 0;
            for (int k = 0; k < products.size(); k++) {
                ProductDays p = products.get(k);
                int i = (int) (date.toEpochDay() - p.first().toEpochDay());
                int[] weights = i < 0 || i >= p.length() ? null : quantityWeights(p.priceCents()[i]);
                for (int left = weights == null ? 0 : p.units()[i]; left > 0; ) {
                    int q = Math.min(left, 1 + draw(weights));
                    if (size == lines.length) {
                        lines = Arrays.copyOf(lines, size * 2);
                    }
                    lines[size++] = ((long) k << 32) | q;
                    left -= q;
                }
            }
            shuffle(lines, size);
            DayOrders orders = group(lines, size);
            for (int o : orders.byTime()) {
                orderId++;
                count += writeOrder(w, orderId, date, orders, o, products);
            }
            progress.progress("order lines", (t + 1.0) / n, date.toString());
        }
        return count;
    }

    private static int[] quantityWeights(int priceCents) {
        return priceCents < 15_00 ? QUANTITY_CHEAP : priceCents < 60_00 ? QUANTITY_MID : QUANTITY_DEAR;
    }

    /** The day's baskets: line ranges into the shuffled lines, and their second of the day. */
    private record DayOrders(long[] lines, int[] from, int[] to, int[] second, int count) {
        Integer[] byTime() {
            Integer[] idx = new Integer[count];
            for (int i = 0; i < count; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Integer.compare(second[a], second[b]));
            return idx;
        }
    }

    private DayOrders group(long[] lines, int size) {
        int[] from = new int[size];
        int[] to = new int[size];
        int[] second = new int[size];
        int count = 0;
        for (int i = 0; i < size; count++) {
            int k = Math.min(size - i, 1 + draw(BASKET_WEIGHTS));
            from[count] = i;
            to[count] = i + k;
            second[count] = secondOfDay();
            i += k;
        }
        return new DayOrders(Arrays.copyOf(lines, size), from, to, second, count);
    }

    private static int writeOrder(Writer w, long orderId, LocalDate date, DayOrders orders, int o,
            List<ProductDays> products) throws IOException {
        long[] basket = Arrays.copyOfRange(orders.lines(), orders.from()[o], orders.to()[o]);
        Arrays.sort(basket); // by product, so same-SKU lines are adjacent and merge
        StringBuilder prefix = new StringBuilder(32).append(orderId).append(',').append(date).append(' ');
        clock(prefix, orders.second()[o]);
        prefix.append(',');
        StringBuilder line = new StringBuilder(64);
        int written = 0;
        for (int j = 0; j < basket.length; ) {
            int k = (int) (basket[j] >>> 32);
            long quantity = 0;
            for (; j < basket.length && (int) (basket[j] >>> 32) == k; j++) {
                quantity += (int) basket[j];
            }
            ProductDays p = products.get(k);
            int i = (int) (date.toEpochDay() - p.first().toEpochDay());
            line.setLength(0);
            line.append(prefix).append(p.sku()).append(',').append(quantity).append(',');
            cents(line, p.priceCents()[i]);
            line.append(',').append(percentFraction(p.discountPct()[i])).append('\n');
            w.append(line);
            written++;
        }
        return written;
    }

    private int secondOfDay() {
        double u = random.uniform();
        int h = 0;
        while (h < 23 && hourCumulative[h] <= u) {
            h++;
        }
        return h * 3600 + random.integer(0, 3599);
    }

    private int draw(int[] weights) {
        int total = 0;
        for (int x : weights) {
            total += x;
        }
        int u = random.integer(0, total - 1);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void shuffle(long[] a, int size) {
        for (int i = size - 1; i > 0; i--) {
            int j = random.integer(0, i);
            long tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** Best compression for the bundled sizes; the faster default level for benchmark catalogues. */
    private static int level(SimulatedStore store) {
        long rows = store.days().stream().mapToLong(ProductDays::length).sum();
        return rows <= 1_000_000 ? java.util.zip.Deflater.BEST_COMPRESSION : java.util.zip.Deflater.DEFAULT_COMPRESSION;
    }

    /** Gzip at a chosen compression level. */
    private static final class LevelGzip extends GZIPOutputStream {
        LevelGzip(OutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
        }
    }

    /** Appends {@code HH:mm:ss}. */
    static void clock(StringBuilder sb, int second) {
        two(sb, second / 3600).append(':');
        two(sb, second / 60 % 60).append(':');
        two(sb, second % 60);
    }

    /** Appends a price in cents as {@code 12.34}. */
    static void cents(StringBuilder sb, int cents) {
        sb.append(cents / 100).append('.');
        two(sb, cents % 100);
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    static String percentFraction(int pct) {
        return pct == 0 ? "0" : java.math.BigDecimal.valueOf(pct, 2).stripTrailingZeros().toPlainString();
    }
}
