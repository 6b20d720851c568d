package io.salescast.report;

import io.salescast.report.BacktestResults.StepMetrics;
import io.salescast.report.ExplanationResults.FeatureImportance;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * PNG and SVG images of the report's charts (for slides), drawn headless with JFreeChart: the
 * forecast chart with its interval band, global importance bars and error by horizon. Same
 * colours as the workbook charts. Numbers and dates are formatted with the given locale (ROOT by
 * default: {@code 1,234.5}, ISO dates), never the JVM default.
 */
public final class ChartImages {

    private static final Color ACTUAL = rgb(XddfCharts.ACTUAL);
    private static final Color FORECAST = rgb(XddfCharts.FORECAST);
    private static final Color BAND = rgb(XddfCharts.BAND);

    private final Locale locale;

    /** Images with locale-neutral number formats and ISO dates. */
    public ChartImages() {
        this(Locale.ROOT);
    }

    /** Images whose numbers use {@code locale}'s separators (dates stay ISO). */
    public ChartImages(Locale locale) {
        this.locale = locale;
    }

    /** History, forecast and interval band of one product or category total. */
    public JFreeChart forecast(ChartSeries s) {
        XYSeries actual = new XYSeries("actual", false, false);
        XYSeries point = new XYSeries(s.model(), false, false);
        String bandName = s.level() + "% interval" + (s.summedBound() ? " (sum of products)" : "");
        YIntervalSeries band = new YIntervalSeries(bandName, false, false);
        for (int i = 0; i < s.size(); i++) {
            long x = s.dates().get(i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (Double.isFinite(s.actual()[i])) {
                actual.add(x, s.actual()[i]);
            }
            if (Double.isFinite(s.forecast()[i])) {
                point.add(x, s.forecast()[i]);
                if (Double.isFinite(s.lo()[i]) && Double.isFinite(s.hi()[i])) {
                    band.add(x, s.forecast()[i], s.lo()[i], s.hi()[i]);
                }
            }
        }
        DateAxis x = new DateAxis();
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        iso.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(iso);
        x.setTimeZone(TimeZone.getTimeZone("UTC"));
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(valueAxis(null));
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        if (band.getItemCount() > 0) {
            bands.addSeries(band);
        }
        DeviationRenderer br = new DeviationRenderer(true, false);
        br.setSeriesFillPaint(0, BAND);
        br.setSeriesPaint(0, BAND);
        br.setAlpha(0.8f);
        br.setSeriesStroke(0, new BasicStroke(6f));
        plot.setDataset(0, lines(actual, point));
        plot.setRenderer(0, lineRenderer(ACTUAL, FORECAST));
        plot.setDataset(1, bands);
        plot.setRenderer(1, br);
        return style(new JFreeChart(s.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true), plot);
    }

    /** Global importance as horizontal bars, largest first; {@code top} features at most. */
    public JFreeChart importance(ExplanationResults ex, int top, boolean byFamily) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<FeatureImportance> global = ex.global();
        if (byFamily) {
            for (Map.Entry<String, Double> e : ExplanationSheets.families(ex)) {
                data.addValue(e.getValue(), "importance", e.getKey());
            }
        } else {
            global.stream().sorted(Comparator.comparingDouble(FeatureImportance::importance).reversed()).limit(top)
                    .forEach(f -> data.addValue(f.importance(), "importance", f.feature()));
        }
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(data);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis());
        plot.setRangeAxis(valueAxis("Importance"));
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, FORECAST);
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        JFreeChart chart = new JFreeChart(byFamily ? "Importance by feature family" : "Top features",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The primary backtest metric by horizon step, one line per model. */
    public JFreeChart errorByHorizon(BacktestResults bt) {
        Map<String, XYSeries> byModel = new LinkedHashMap<>();
        int m = bt.primaryIndex();
        for (StepMetrics s : bt.byStep()) {
            byModel.computeIfAbsent(s.model(), k -> new XYSeries(k, true, false)).add(s.step(), s.values()[m]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byModel.values().forEach(data::addSeries);
        NumberAxis x = new NumberAxis("Horizon step");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, valueAxis(bt.primaryMetric()), new XYLineAndShapeRenderer(true, true));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, rgb(XddfCharts.palette(i)));
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        return style(new JFreeChart(bt.primaryMetric() + " by horizon step (lower is better)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true), plot);
    }

    /** Writes {@code chart} as a PNG of {@code width x height} pixels (atomically). */
    public static void writePng(JFreeChart chart, Path target, int width, int height) {
        AtomicFiles.write(target, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** Writes {@code chart} as an SVG of {@code width x height} user units (atomically). */
    public static void writeSvg(JFreeChart chart, Path target, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGDocument();
        AtomicFiles.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes PNG or SVG according to the file name ({@code .svg} or anything else = PNG). */
    public static void write(JFreeChart chart, Path target, int width, int height) {
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            writeSvg(chart, target, width, height);
        } else {
            writePng(chart, target, width, height);
        }
    }

    private NumberAxis valueAxis(String label) {
        NumberAxis y = new NumberAxis(label);
        y.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)));
        y.setAutoRangeIncludesZero(true);
        return y;
    }

    private static XYSeriesCollection lines(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    private static XYLineAndShapeRenderer lineRenderer(Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        return r;
    }

    private static JFreeChart style(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(chart.getTitle().getText(), new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xEE, 0xEE, 0xEE));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        return chart;
    }

    private static Color rgb(byte[] c) {
        return new Color(c[0] & 0xFF, c[1] & 0xFF, c[2] & 0xFF);
    }
}
