package io.salescast.report;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.series.Frequency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-call exports next to the workbook: every CSV in long format, and PNG or SVG images of the
 * charts (for slides). File names are fixed and documented so scripts can rely on them.
 */
public final class ReportExports {

    /** Image format. */
    public enum ImageFormat {
        /** Raster, 1200 x 600 pixels. */
        PNG,
        /** Vector. */
        SVG
    }

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 600;

    private ReportExports() {
    }

    /**
     * Writes {@code forecast.csv}, and when present {@code backtest.csv}, {@code backtest-metrics.csv},
     * {@code explanations.csv} and {@code importance.csv} into {@code dir}.
     *
     * @return the files written
     */
    public static List<Path> writeCsv(ReportInput in, Path dir) {
        Frequency freq = in.forecast().frequency();
        List<Path> out = new ArrayList<>();
        Path f = dir.resolve("forecast.csv");
        ForecastCsv.write(in.forecast(), f);
        out.add(f);
        if (!in.backtest().windows().isEmpty()) {
            Path p = dir.resolve("backtest.csv");
            BacktestCsv.writeForecasts(in.backtest(), freq, p);
            out.add(p);
        }
        if (!in.backtest().bySeries().isEmpty()) {
            Path p = dir.resolve("backtest-metrics.csv");
            BacktestCsv.writeMetrics(in.backtest(), p);
            out.add(p);
        }
        if (!in.explanations().perSeries().isEmpty()) {
            Path p = dir.resolve("explanations.csv");
            ExplanationCsv.writeContributions(in.explanations(), freq, p);
            out.add(p);
        }
        if (!in.explanations().global().isEmpty()) {
            Path p = dir.resolve("importance.csv");
            ExplanationCsv.writeImportance(in.explanations(), p);
            out.add(p);
        }
        return out;
    }

    /**
     * Writes one image per chart of the workbook: {@code forecast-<id>.png} per selected product,
     * {@code total-<category>.png} per category, {@code error-by-horizon.png},
     * {@code importance-families.png} and {@code importance-features.png} when there is data.
     * Ids are made safe for file names.
     *
     * @return the files written
     */
    public static List<Path> writeImages(ReportInput in, ReportOptions options, Path dir, ImageFormat format,
                                         ProgressListener progress, CancellationToken cancel) {
        String ext = "." + format.name().toLowerCase(Locale.ROOT);
        ChartImages images = new ChartImages();
        ChartSeriesBuilder b = new ChartSeriesBuilder(in.history(), in.forecast(), in.chosenModel(),
                ChartSeriesBuilder.bandLevel(in.levels()), options.historyPeriods());
        List<Path> out = new ArrayList<>();
        List<String> ids = options.charts().select(in.history(), in.forecast());
        Map<String, List<String>> groups = ChartSeriesBuilder.groups(in.history(), options.categoryAttribute());
        int total = ids.size() + groups.size();
        int n = 0;
        for (String id : ids) {
            cancel.throwIfCancelled();
            progress.progress("images", n++ / (double) Math.max(1, total), id);
            out.add(write(images.forecast(b.product(id)), dir.resolve("forecast-" + fileSafe(id) + ext)));
        }
        for (var e : groups.entrySet()) {
            cancel.throwIfCancelled();
            progress.progress("images", n++ / (double) Math.max(1, total), e.getKey());
            out.add(write(images.forecast(b.total(e.getKey() + " (total)", e.getValue())),
                    dir.resolve("total-" + fileSafe(e.getKey()) + ext)));
        }
        if (!in.backtest().byStep().isEmpty()) {
            out.add(write(images.errorByHorizon(in.backtest()), dir.resolve("error-by-horizon" + ext)));
        }
        if (!in.explanations().global().isEmpty()) {
            out.add(write(images.importance(in.explanations(), 0, true), dir.resolve("importance-families" + ext)));
            out.add(write(images.importance(in.explanations(), ExplanationSheets.TOP_FEATURES, false),
                    dir.resolve("importance-features" + ext)));
        }
        progress.progress("images", 1, out.size() + " images");
        return out;
    }

    private static Path write(org.jfree.chart.JFreeChart chart, Path file) {
        ChartImages.write(chart, file, WIDTH, HEIGHT);
        return file;
    }

    /** A name safe on Windows, macOS and Linux: letters, digits, {@code . _ -}; others become {@code _}. */
    static String fileSafe(String s) {
        String out = s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        out = out.replaceAll("^[.]+", "_");
        return out.length() > 80 ? out.substring(0, 80) : out.isEmpty() ? "_" : out;
    }
}
