package io.salescast.report.bench;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.report.ChartSelection;
import io.salescast.report.ExcelReport;
import io.salescast.report.ReportFixtures;
import io.salescast.report.ReportInput;
import io.salescast.report.ReportOptions;
import io.salescast.report.ForecastCsv;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the workbook for a large panel and reports the peak heap.
 * {@code ReportBenchmark [products] [historyDays] [horizon] [charts] [out-dir]}, defaults
 * 5000 365 90 50. Run with {@code -Xmx1g} to prove the workbook fits in 1 GB.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    /** Entry point; prints figures (benchmarks are allowed to print). */
    @SuppressWarnings("java:S106")
    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int horizon = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        int charts = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        Path dir = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("report-bench");
        long t0 = System.nanoTime();
        ReportInput in = ReportFixtures.input(products, days, horizon);
        long t1 = System.nanoTime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        resetPeaks();
        Path xlsx = dir.resolve("bench.xlsx");
        long start = System.nanoTime();
        String[] lastMessage = {""};
        ProgressListener phases = (stage, fraction, message) -> {
            String head = message.replaceAll("[0-9].*", "");
            if (!head.equals(lastMessage[0])) {
                lastMessage[0] = head;
                System.out.printf(Locale.ROOT, "  %6.2f s  %s%n", (System.nanoTime() - start) / 1e9, message);
            }
        };
        ExcelReport.write(in, xlsx, ReportOptions.defaults().withCharts(ChartSelection.topByVolume(charts)),
                phases, CancellationToken.none());
        long t2 = System.nanoTime();
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "report thread CPU time: %.2f s (wall time depends on machine load)%n", cpu);
        long peakWorkbook = peakHeap();
        Path csv = dir.resolve("bench-forecast.csv");
        ForecastCsv.write(in.forecast(), csv);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "products=%d history=%d horizon=%d charts=%d (+%d category charts)%n",
                products, days, horizon, charts, 3);
        System.out.printf(Locale.ROOT, "input built in %.2f s (not part of the report)%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "workbook: %.2f s, %.1f MB, peak heap during write %.0f MB (max heap %.0f MB)%n",
                (t2 - t1) / 1e9, Files.size(xlsx) / 1e6, peakWorkbook / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "forecast csv: %.2f s, %.1f MB%n", (t3 - t2) / 1e9, Files.size(csv) / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound on the live peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
