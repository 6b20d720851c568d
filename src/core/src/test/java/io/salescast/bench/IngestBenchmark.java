package io.salescast.bench;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ColumnType;
import io.salescast.ingest.ImportException;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;
import io.salescast.series.PanelBuilder;
import io.salescast.series.PanelOptions;
import io.salescast.series.PanelResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Import benchmarks on generated, seeded data (written to a temporary folder). Prints figures;
 * never asserts. Usage: {@code IngestBenchmark csv|xlsx|aggregate|broken [rows]}; see
 * docs/bench-ingest.md for the exact commands and JVM flags.
 */
public final class IngestBenchmark {

    private static final long SEED = 20240601L;

    private IngestBenchmark() {
    }

    /** Runs one benchmark. */
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "csv";
        Path dir = Files.createTempDirectory("salescast-bench");
        try {
            switch (what) {
                case "csv" -> csv(dir, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
                case "xlsx" -> xlsx(dir, args.length > 1 ? Integer.parseInt(args[1]) : 200_000);
                case "aggregate" -> aggregate(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
                case "broken" -> BrokenFileTimes.run(dir);
                default -> throw new IllegalArgumentException("csv, xlsx, aggregate or broken");
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void csv(Path dir, int rows) throws IOException {
        Path f = dir.resolve("sales.csv");
        writeCsv(f, rows);
        System.out.printf(Locale.ROOT, "CSV: %,d rows x 8 columns, %.1f MB%n", rows, Files.size(f) / 1e6);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int run = 1; run <= 5; run++) {
            Clock c = new Clock();
            ImportResult r = Importer.read(f, ReadOptions.defaults());
            c.stop();
            best = Math.min(best, c.wall);
            bestCpu = Math.min(bestCpu, c.cpu);
            System.out.printf(Locale.ROOT, "  run %d: %s, %,.0f rows per CPU second (%s)%n", run, c, rows / c.cpu, r.table().columnTypes());
        }
        System.out.printf(Locale.ROOT, "CSV best: wall %.3f s = %,.0f rows/s; CPU %.3f s = %,.0f rows per CPU second%n",
                best, rows / best, bestCpu, rows / bestCpu);
    }

    static void writeCsv(Path f, int rows) throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        LocalDate start = LocalDate.of(2022, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("date,store,sku,units,price,discount,promo,revenue\n");
            StringBuilder sb = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                int units = rnd.nextInt(20);
                int cents = 199 + rnd.nextInt(5000);
                int disc = rnd.nextInt(10) < 2 ? 10 + rnd.nextInt(30) : 0;
                sb.append(start.plusDays(i / 1000)).append(",S").append(1 + rnd.nextInt(20)).append(",SKU-")
                        .append(10_000 + rnd.nextInt(2000)).append(',').append(units).append(',')
                        .append(cents / 100).append('.').append(String.format(Locale.ROOT, "%02d", cents % 100)).append(",0.")
                        .append(String.format(Locale.ROOT, "%02d", disc)).append(',').append(disc > 0 ? "yes" : "no").append(',')
                        .append(String.format(Locale.ROOT, "%.2f", units * cents / 100.0 * (1 - disc / 100.0))).append('\n');
                w.append(sb);
            }
        }
    }

    private static void xlsx(Path dir, int rows) throws IOException {
        Path f = dir.resolve("sales.xlsx");
        writeXlsx(f, rows);
        System.out.printf(Locale.ROOT, "XLSX: %,d rows x 8 columns, %.1f MB, max heap %d MB%n", rows, Files.size(f) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        resetPeaks();
        Clock c = new Clock();
        ImportResult r = Importer.read(f, ReadOptions.defaults());
        c.stop();
        System.out.printf(Locale.ROOT, "XLSX read: %s, %,.0f rows per CPU second, %d rows, types %s%n", c, rows / c.cpu,
                r.table().rowCount(), r.table().columnTypes());
        System.out.printf(Locale.ROOT, "XLSX peak heap (sum of heap pools' peaks): %.0f MB%n", peakHeap() / 1e6 / 1.048576);
    }

    private static void writeXlsx(Path f, int rows) throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet s = wb.createSheet("Sales");
            String[] head = {"date", "store", "sku", "units", "price", "discount", "promo", "revenue"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            LocalDate start = LocalDate.of(2022, 1, 1);
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(start.plusDays(i / 1000));
                r.getCell(0).setCellStyle(date);
                r.createCell(1).setCellValue("S" + (1 + rnd.nextInt(20)));
                r.createCell(2).setCellValue("SKU-" + (10_000 + rnd.nextInt(2000)));
                int units = rnd.nextInt(20);
                double price = (199 + rnd.nextInt(5000)) / 100.0;
                double disc = rnd.nextInt(10) < 2 ? (10 + rnd.nextInt(30)) / 100.0 : 0;
                r.createCell(3).setCellValue(units);
                r.createCell(4).setCellValue(price);
                r.createCell(5).setCellValue(disc);
                r.createCell(6).setCellValue(disc > 0);
                r.createCell(7).setCellValue(Math.round(units * price * (1 - disc) * 100) / 100.0);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
    }

    private static void aggregate(int rows) {
        RawTable t = orderLines(rows);
        ColumnMapping m = new ColumnMapping("timestamp", "quantity", List.of("sku"), List.of("unit_price", "discount"), List.of(), List.of());
        PanelOptions o = PanelOptions.defaults().withFrequency(Frequency.DAILY);
        System.out.printf(Locale.ROOT, "Aggregate: %,d order lines (2,000 SKUs, 3 years, timestamps) to a daily panel%n", rows);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int run = 1; run <= 7; run++) {
            Clock c = new Clock();
            PanelResult r = PanelBuilder.build(t, m, o, ProgressListener.NONE, CancellationToken.none());
            c.stop();
            best = Math.min(best, c.wall);
            bestCpu = Math.min(bestCpu, c.cpu);
            System.out.printf(Locale.ROOT, "  run %d: %s -> %,d series, %,d periods%n", run, c, r.panel().size(), r.panel().rowCount());
        }
        System.out.printf(Locale.ROOT, "Aggregate best: wall %.3f s, CPU %.3f s%n", best, bestCpu);
    }

    /** Order lines in memory: timestamp, sku (2,000), quantity, unit price, discount. */
    static RawTable orderLines(int rows) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        long start = LocalDate.of(2023, 1, 1).toEpochDay() * 86_400L;
        long[] ts = new long[rows];
        int[] sku = new int[rows];
        double[] q = new double[rows];
        double[] price = new double[rows];
        double[] disc = new double[rows];
        long span = 3L * 365 * 86_400;
        for (int i = 0; i < rows; i++) {
            ts[i] = start + (span * i) / rows + rnd.nextInt(600);
            sku[i] = rnd.nextInt(2000);
            q[i] = 1 + rnd.nextInt(6);
            price[i] = (199 + rnd.nextInt(5000)) / 100.0;
            disc[i] = rnd.nextInt(10) < 2 ? 0.2 : 0;
        }
        String[] dict = new String[2000];
        for (int i = 0; i < dict.length; i++) {
            dict[i] = "SKU-" + (10_000 + i);
        }
        int[] src = new int[rows];
        for (int i = 0; i < rows; i++) {
            src[i] = i + 2;
        }
        return new RawTable("lines.csv", null, List.of(
                RawColumn.temporal("timestamp", ColumnType.DATETIME, ts, rows, Map.of()),
                RawColumn.text("sku", ColumnType.CATEGORY, sku, rows, dict, Map.of()),
                RawColumn.numeric("quantity", ColumnType.INTEGER, q, rows, Map.of()),
                RawColumn.numeric("unit_price", ColumnType.DECIMAL, price, rows, Map.of()),
                RawColumn.numeric("discount", ColumnType.DECIMAL, disc, rows, Map.of())), src);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Wall time and this thread's CPU time of one measured call. */
    static final class Clock {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long wall0 = System.nanoTime();
        private final long cpu0 = THREADS.getCurrentThreadCpuTime();
        double wall;
        double cpu;

        void stop() {
            wall = (System.nanoTime() - wall0) / 1e9;
            cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "wall %.3f s, CPU %.3f s", wall, cpu);
        }
    }

    /** Time from opening a broken file to its typed error. */
    static final class BrokenFileTimes {
        private BrokenFileTimes() {
        }

        static void run(Path dir) throws Exception {
            Path good = dir.resolve("good.xlsx");
            writeXlsx(good, 2000);
            byte[] whole = Files.readAllBytes(good);
            Path truncated = dir.resolve("truncated.xlsx");
            Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
            Path bomb = dir.resolve("bomb.xlsx");
            io.salescast.ingest.BenchFixtures.zipBomb(bomb, 256);
            Path renamed = dir.resolve("renamed.xlsx");
            Files.writeString(renamed, "date,units\n2024-01-01,1\n");
            Path junk = dir.resolve("junk.csv");
            byte[] b = new byte[1 << 20];
            new SplittableRandom(SEED).nextBytes(b);
            Files.write(junk, b);
            Path empty = dir.resolve("empty.csv");
            Files.write(empty, new byte[0]);
            Path header = dir.resolve("header-only.csv");
            Files.writeString(header, "date,sku,units\n");
            for (Path p : List.of(truncated, bomb, renamed, junk, empty, header)) {
                long t0 = System.nanoTime();
                String outcome;
                try {
                    Importer.read(p, ReadOptions.defaults());
                    outcome = "read without error";
                } catch (ImportException e) {
                    outcome = e.reason() + ": " + e.getMessage();
                }
                System.out.printf(Locale.ROOT, "  %-18s %6.0f ms  %s%n", p.getFileName(), (System.nanoTime() - t0) / 1e6, outcome);
            }
        }
    }
}
