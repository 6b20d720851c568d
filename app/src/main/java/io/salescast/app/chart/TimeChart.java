package io.salescast.app.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * A fast, interactive time-series chart. Scroll to zoom around the cursor, drag to pan,
 * double-click (or Home) to reset, hover for values, click a point to pick it. Colours come from
 * CSS ({@code -sc-grid-color}, {@code -sc-series-0..7}...), which the app stylesheet maps to the
 * theme's variables, so the chart follows light and dark themes.
 */
public class TimeChart extends Region {

    private static final StyleablePropertyFactory<TimeChart> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final Color[] DEFAULT_SERIES = {
        Color.web("#0969da"), Color.web("#cf222e"), Color.web("#1a7f37"), Color.web("#8250df"),
        Color.web("#bf8700"), Color.web("#1b7c83"), Color.web("#bc4c00"), Color.web("#6e7781")};
    private static final CssMetaData<TimeChart, Paint> GRID = CSS.createPaintCssMetaData("-sc-grid-color", c -> c.grid, Color.web("#d0d7de"));
    private static final CssMetaData<TimeChart, Paint> AXIS = CSS.createPaintCssMetaData("-sc-axis-color", c -> c.axis, Color.web("#8c959f"));
    private static final CssMetaData<TimeChart, Paint> TEXT = CSS.createPaintCssMetaData("-sc-text-color", c -> c.text, Color.web("#57606a"));
    private static final List<CssMetaData<TimeChart, Paint>> SERIES_META = seriesMeta();

    private final StyleableObjectProperty<Paint> grid = new SimpleStyleableObjectProperty<>(GRID, this, "gridColor", GRID.getInitialValue(this));
    private final StyleableObjectProperty<Paint> axis = new SimpleStyleableObjectProperty<>(AXIS, this, "axisColor", AXIS.getInitialValue(this));
    private final StyleableObjectProperty<Paint> text = new SimpleStyleableObjectProperty<>(TEXT, this, "textColor", TEXT.getInitialValue(this));
    private final List<StyleableObjectProperty<Paint>> series = new ArrayList<>();

    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data", ChartData.empty());
    private final ObjectProperty<PointPick> selected = new SimpleObjectProperty<>(this, "selected");
    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final FlowPane legend = new FlowPane(14, 4);
    private final ChartTooltip tooltip = new ChartTooltip();
    private final ChartRenderer renderer = new ChartRenderer();
    private final Viewport viewport = new Viewport();
    private final Locale locale;
    private Consumer<PointPick> onPointClicked = p -> { };
    private PlotArea area;
    private double dragStartX = Double.NaN;
    private boolean dragged;
    private long lastRedrawNanos;

    /** A chart formatting numbers and dates for {@code locale}. */
    public TimeChart(Locale locale) {
        this.locale = locale;
        for (int i = 0; i < SERIES_META.size(); i++) {
            series.add(new SimpleStyleableObjectProperty<>(SERIES_META.get(i), this, "series" + i, DEFAULT_SERIES[i]));
        }
        getStyleClass().add("time-chart");
        legend.getStyleClass().add("chart-legend");
        overlay.setMouseTransparent(true);
        getChildren().addAll(legend, canvas, overlay, tooltip);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 150);
        setPrefSize(800, 400);
        data.addListener((o, a, b) -> {
            double[] ext = b.xExtent();
            if (ext != null) {
                viewport.setData(ext[0], ext[1]);
                if (b.initialView() != null) {
                    viewport.zoomTo(b.initialView()[0], b.initialView()[1]);
                }
            }
            selected.set(null);
            rebuildLegend();
            setAccessibleText(describe(b));
            redraw();
        });
        for (StyleableObjectProperty<Paint> p : allColors()) {
            p.addListener((o, a, b) -> {
                rebuildLegend();
                redraw();
            });
        }
        selected.addListener((o, a, b) -> drawOverlay(Double.NaN, Double.NaN));
        ChartInteraction.install(this);
    }

    /** A chart for the default locale. */
    public TimeChart() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    private static List<CssMetaData<TimeChart, Paint>> seriesMeta() {
        List<CssMetaData<TimeChart, Paint>> out = new ArrayList<>();
        for (int i = 0; i < DEFAULT_SERIES.length; i++) {
            int k = i;
            out.add(CSS.createPaintCssMetaData("-sc-series-" + i, c -> c.series.get(k), DEFAULT_SERIES[i]));
        }
        return out;
    }

    private List<StyleableObjectProperty<Paint>> allColors() {
        List<StyleableObjectProperty<Paint>> l = new ArrayList<>(List.of(grid, axis, text));
        l.addAll(series);
        return l;
    }

    /** What the chart shows. */
    public ObjectProperty<ChartData> dataProperty() {
        return data;
    }

    /** Sets what the chart shows (resets zoom). */
    public void setData(ChartData d) {
        data.set(d == null ? ChartData.empty() : d);
    }

    /** The picked point, highlighted with a ring; null for none. */
    public ObjectProperty<PointPick> selectedProperty() {
        return selected;
    }

    /** Called when the user clicks a point of a pickable series. */
    public void setOnPointClicked(Consumer<PointPick> handler) {
        onPointClicked = handler == null ? p -> { } : handler;
    }

    /** Shows all the data again. */
    public void resetZoom() {
        viewport.reset();
        redraw();
    }

    /** The viewport (for interaction and tests). */
    public Viewport viewport() {
        return viewport;
    }

    /** The plot area of the last redraw, or null before the first. */
    public PlotArea plotArea() {
        return area;
    }

    /** Duration of the last full redraw in nanoseconds (for benchmarks). */
    public long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /** Resolved colours. */
    public ChartPalette palette() {
        Color[] s = new Color[series.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = color(series.get(i).get());
        }
        return new ChartPalette(color(grid.get()), color(axis.get()), color(text.get()), s);
    }

    private static Color color(Paint p) {
        return p instanceof Color c ? c : Color.GRAY;
    }

    /** Redraws the data layer now. */
    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        long t0 = System.nanoTime();
        area = renderer.draw(canvas.getGraphicsContext2D(), w, h, data.get(), viewport, palette(), locale);
        drawOverlay(Double.NaN, Double.NaN);
        lastRedrawNanos = System.nanoTime() - t0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double lh = legend.getChildren().isEmpty() ? 0 : legend.prefHeight(w);
        legend.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, lh);
        double ch = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset() - lh);
        boolean changed = canvas.getWidth() != w || canvas.getHeight() != ch;
        for (Canvas c : List.of(canvas, overlay)) {
            c.relocate(snappedLeftInset(), snappedTopInset() + lh);
            c.setWidth(w);
            c.setHeight(ch);
        }
        tooltip.autosize();
        if (changed) {
            redraw();
        }
    }

    /** The data canvas (its layout y is where the plot area's coordinates start). */
    public Canvas canvas() {
        return canvas;
    }

    ChartTooltip tooltip() {
        return tooltip;
    }

    void firePick(PointPick p) {
        selected.set(p);
        onPointClicked.accept(p);
    }

    /** Draws crosshair, hovered values and the selection ring; NaN position hides the hover. */
    void drawOverlay(double mx, double my) {
        var gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (area == null) {
            return;
        }
        ChartPalette pal = palette();
        PointPick sel = selected.get();
        if (sel != null && sel.x() >= area.x0() && sel.x() <= area.x1()) {
            gc.setStroke(pal.text());
            gc.setLineWidth(2);
            gc.strokeOval(area.px(sel.x()) - 6, area.py(sel.y()) - 6, 12, 12);
        }
        if (Double.isNaN(mx) || !area.contains(mx, my)) {
            tooltip.setVisible(false);
            return;
        }
        gc.setStroke(pal.axis());
        gc.setLineWidth(1);
        gc.setLineDashes(3, 3);
        double x = Math.round(mx) + 0.5;
        gc.strokeLine(x, area.top(), x, area.top() + area.height());
        gc.setLineDashes();
        tooltip.show(this, data.get(), area, mx, my, pal, locale, legend.getHeight());
    }

    private void rebuildLegend() {
        Map<String, Integer> items = new LinkedHashMap<>();
        ChartData d = data.get();
        d.series().forEach(s -> items.putIfAbsent(s.name(), s.color()));
        d.bands().forEach(b -> items.putIfAbsent(b.name(), b.color()));
        d.spans().forEach(s -> items.putIfAbsent(s.name(), s.color()));
        ChartPalette pal = palette();
        legend.getChildren().clear();
        items.forEach((name, c) -> {
            Rectangle swatch = new Rectangle(12, 4, pal.color(c));
            Label l = new Label(name, swatch);
            l.getStyleClass().add("chart-legend-item");
            legend.getChildren().add(l);
        });
    }

    private static String describe(ChartData d) {
        return "Chart with " + d.series().size() + " series" + (d.bands().isEmpty() ? "" : " and intervals");
    }

    boolean handleKey(KeyCode code) {
        double w = viewport.hi() - viewport.lo();
        double mid = (viewport.lo() + viewport.hi()) / 2;
        switch (code) {
            case LEFT -> viewport.pan(-w * 0.1);
            case RIGHT -> viewport.pan(w * 0.1);
            case PLUS, EQUALS, ADD -> viewport.zoom(0.8, mid);
            case MINUS, SUBTRACT -> viewport.zoom(1.25, mid);
            case HOME, DIGIT0 -> viewport.reset();
            default -> {
                return false;
            }
        }
        redraw();
        return true;
    }

    void dragStart(double x, MouseButton b) {
        dragStartX = b == MouseButton.PRIMARY ? x : Double.NaN;
        dragged = false;
    }

    void dragTo(double x) {
        if (Double.isNaN(dragStartX) || area == null) {
            return;
        }
        double dx = x - dragStartX;
        if (Math.abs(dx) > 2 || dragged) {
            dragged = true;
            viewport.pan(-dx / area.width() * (area.x1() - area.x0()));
            dragStartX = x;
            redraw();
        }
    }

    boolean wasDragged() {
        return dragged;
    }

    @Override
    public List<CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** CSS properties of this class. */
    public static List<CssMetaData<? extends javafx.css.Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }
}
