package io.salescast.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import java.util.List;

/**
 * Native (editable) Excel charts through POI's XDDF API. Every series gets explicit line and fill
 * properties (LibreOffice draws nothing for a line series without them), and the data come from
 * in-memory arrays with a cell-range reference, so the charts work over streamed sheets whose rows
 * are already flushed to disk: the chart holds a cache of the values and points at the cells.
 */
final class XddfCharts {

    /** Colours shared with the PNG/SVG images (RGB). */
    static final byte[] ACTUAL = rgb(0x33, 0x33, 0x33);
    static final byte[] FORECAST = rgb(0x1F, 0x77, 0xB4);
    static final byte[] BAND = rgb(0xAE, 0xC7, 0xE8);
    static final byte[][] PALETTE = {
        rgb(0x1F, 0x77, 0xB4), rgb(0xFF, 0x7F, 0x0E), rgb(0x2C, 0xA0, 0x2C), rgb(0xD6, 0x27, 0x28),
        rgb(0x94, 0x67, 0xBD), rgb(0x8C, 0x56, 0x4B), rgb(0xE3, 0x77, 0xC2), rgb(0x7F, 0x7F, 0x7F),
        rgb(0xBC, 0xBD, 0x22), rgb(0x17, 0xBE, 0xCF)};

    /** A column of cells on one sheet: rows {@code first..last} (0-based, inclusive). */
    record Range(String sheet, int first, int last, int col) {
        String formula() {
            return new AreaReference(new CellReference(sheet, first, col, true, true),
                    new CellReference(sheet, last, col, true, true), SpreadsheetVersion.EXCEL2007).formatAsString();
        }

        CellReference cell(int row) {
            return new CellReference(sheet, row, col, true, true);
        }
    }

    /** A named line series: values, the cell holding its name, its colour and whether dashed. */
    record Line(String name, CellReference nameCell, Range range, double[] values, byte[] color, boolean dashed) {
    }

    private XddfCharts() {
    }

    /** A chart anchored over columns {@code col1..col2}, rows {@code row1..row2} (0-based). */
    static XSSFChart create(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    /**
     * History and forecast as lines over dates, with the interval as a shaded band (a stacked
     * area: an invisible base at the lower bound and a filled layer of {@code hi - lo}).
     */
    static void forecast(XSSFChart chart, ChartSeries s, Range dates, Range actual, Range forecast,
                         Range base, Range width, CellReference actualName, CellReference forecastName,
                         CellReference bandName) {
        XDDFDateAxis x = chart.createDateAxis(AxisPosition.BOTTOM);
        x.setNumberFormat(ReportStyles.DATE_FORMAT);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        if (s.size() > 1) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(s.dates().get(0), s.dates().get(s.size() - 1));
            x.setMajorUnit(Math.max(1, Math.round(days / 6.0)));
        }
        XDDFValueAxis y = valueAxis(chart, x);
        XDDFNumericalDataSource<Double> cats = RangeData.numbers(dateSerials(s), dates.formula(), dates.col());
        cats.setFormatCode(ReportStyles.DATE_FORMAT);
        if (s.hasBand()) {
            XDDFAreaChartData area = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, y);
            area.setGrouping(Grouping.STACKED);
            XDDFChartData.Series b = area.addSeries(cats, numbers(s.bandBase(), base, true));
            b.setTitle("band base (helper)", base.cell(base.first() - 1));
            style(b, new XDDFNoFillProperties(), null, false);
            XDDFChartData.Series w = area.addSeries(cats, numbers(s.bandWidth(), width, true));
            w.setTitle(s.level() + "% interval" + (s.summedBound() ? " (sum of products)" : ""), bandName);
            style(w, new XDDFSolidFillProperties(XDDFColor.from(BAND)), null, false);
            chart.plot(area);
        }
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        addLine(lines, cats, new Line("actual", actualName, actual, s.actual(), ACTUAL, false));
        addLine(lines, cats, new Line(s.model(), forecastName, forecast, s.forecast(), FORECAST, false));
        chart.plot(lines);
        if (s.hasBand()) {
            // the helper base layer must not appear in the legend
            XDDFLegendEntry entry = chart.getOrAddLegend().addEntry();
            entry.setIndex(0);
            entry.setDelete(true);
        }
    }

    /** Lines over numeric categories (horizon steps), one per model. */
    static void lines(XSSFChart chart, double[] categories, Range catRange, List<Line> series, String xTitle, String yTitle) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(xTitle);
        XDDFValueAxis y = valueAxis(chart, x);
        y.setTitle(yTitle);
        XDDFDataSource<?> cats = RangeData.numbers(boxed(categories, false), catRange.formula(), catRange.col());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        for (Line l : series) {
            XDDFLineChartData.Series s = addLine(data, cats, l);
            s.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(data);
    }

    /** Horizontal bars (largest first from the top), one category per row of {@code labels}. */
    static void bars(XSSFChart chart, String[] labels, Range labelRange, double[] values, Range valueRange,
                     CellReference nameCell, String valueTitle) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setTitle(valueTitle);
        // categories run top-down (MAX_MIN), so the value axis sits at the last category: the bottom
        y.setCrosses(AxisCrosses.MAX);
        y.setNumberFormat("General");
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.getOrAddMajorGridProperties().setLineProperties(line(rgb(0xDD, 0xDD, 0xDD), 0.5, false));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series s = data.addSeries(RangeData.labels(labels, labelRange.formula(), labelRange.col()),
                numbers(values, valueRange, false));
        s.setTitle(valueTitle, nameCell);
        style(s, new XDDFSolidFillProperties(XDDFColor.from(FORECAST)), line(FORECAST, 0.75, false), false);
        chart.plot(data);
        chart.deleteLegend();
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, XDDFChartAxis x) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(ReportStyles.INTEGER_FORMAT);
        y.getOrAddMajorGridProperties().setLineProperties(line(rgb(0xDD, 0xDD, 0xDD), 0.5, false));
        x.crossAxis(y);
        return y;
    }

    private static XDDFLineChartData.Series addLine(XDDFLineChartData data, XDDFDataSource<?> cats, Line l) {
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats, numbers(l.values(), l.range(), false));
        s.setTitle(l.name(), l.nameCell());
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        style(s, null, line(l.color(), 1.75, l.dashed()), true);
        return s;
    }

    private static void style(XDDFChartData.Series s, XDDFFillProperties fill, XDDFLineProperties line, boolean lineSeries) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        if (fill != null) {
            p.setFillProperties(fill);
        }
        p.setLineProperties(line != null ? line : new XDDFLineProperties(new XDDFNoFillProperties()));
        if (lineSeries && fill == null) {
            p.setFillProperties(new XDDFNoFillProperties());
        }
        s.setShapeProperties(p);
    }

    static XDDFLineProperties line(byte[] color, double width, boolean dashed) {
        XDDFLineProperties lp = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        lp.setWidth(width);
        if (dashed) {
            lp.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        return lp;
    }

    private static XDDFNumericalDataSource<Double> numbers(double[] v, Range range, boolean zeroForMissing) {
        return RangeData.numbers(boxed(v, zeroForMissing), range.formula(), range.col());
    }

    private static Double[] boxed(double[] v, boolean zeroForMissing) {
        Double[] out = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isFinite(v[i]) ? Double.valueOf(v[i]) : zeroForMissing ? Double.valueOf(0) : null;
        }
        return out;
    }

    private static Double[] dateSerials(ChartSeries s) {
        Double[] out = new Double[s.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SheetCells.dateSerial(s.dates().get(i));
        }
        return out;
    }

    /** Palette colour {@code i} (cycles). */
    static byte[] palette(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
