package io.salescast.app.viewmodel;

import io.salescast.app.chart.ChartData;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The data page: a searchable product list with sparklines and totals, and the selected
 * product's history with its promotions, stock-outs and prices.
 */
public final class DataViewModel {

    private static final int SPARK_BUCKETS = 40;

    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ProductRow> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ProductRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartData> salesChart = new SimpleObjectProperty<>(ChartData.empty());
    private final ObjectProperty<ChartData> covariateChart = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final Locale locale;
    private SalesPanel panel;

    /** A view model formatting numbers for {@code locale}. */
    public DataViewModel(SessionViewModel session, Locale locale) {
        this.locale = locale;
        search.addListener((o, a, b) -> filtered.setPredicate(r -> r.matches(b)));
        selected.addListener((o, a, b) -> showSelected(b));
        session.panelProperty().addListener((o, a, b) -> setPanel(b));
        setPanel(session.panelProperty().get());
    }

    /** Products matching the search, in panel order. */
    public ObservableList<ProductRow> products() {
        return filtered;
    }

    /** Number of products in total (before search). */
    public int productCount() {
        return rows.size();
    }

    /** Search text over sku, name, category and brand. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Selected product. */
    public ObjectProperty<ProductRow> selectedProperty() {
        return selected;
    }

    /** Sales history chart of the selected product. */
    public ReadOnlyObjectProperty<ChartData> salesChartProperty() {
        return salesChart;
    }

    /** Price and other numeric covariates of the selected product, or null when it has none. */
    public ReadOnlyObjectProperty<ChartData> covariateChartProperty() {
        return covariateChart;
    }

    /** A line about the selected product: periods, total, average, zero share. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    private void setPanel(SalesPanel p) {
        panel = p;
        List<ProductRow> out = new ArrayList<>();
        if (p != null) {
            StaticAttributes a = p.attributes();
            String nameAttr = find(a, "name", "title", "product");
            for (SalesSeries s : p.series()) {
                out.add(new ProductRow(s.id(), value(a, s.id(), nameAttr), value(a, s.id(), find(a, "category")),
                        value(a, s.id(), find(a, "brand")), sum(s.y()), s.length(), spark(s.y())));
            }
        }
        rows.setAll(out);
        selected.set(rows.isEmpty() ? null : rows.get(0));
        if (rows.isEmpty()) {
            showSelected(null);
        }
    }

    private static String find(StaticAttributes a, String... keys) {
        for (String k : keys) {
            for (String n : a.names()) {
                if (n.equalsIgnoreCase(k)) {
                    return n;
                }
            }
        }
        for (String k : keys) {
            for (String n : a.names()) {
                if (n.toLowerCase(Locale.ROOT).contains(k)) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String value(StaticAttributes a, String id, String attr) {
        if (attr == null) {
            return "";
        }
        String v = a.get(id, attr);
        return v == null ? "" : v;
    }

    static double sum(double[] y) {
        double t = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                t += v;
            }
        }
        return t;
    }

    /** Sums of the values in {@value #SPARK_BUCKETS} equal buckets (fewer for short series). */
    static double[] spark(double[] y) {
        int buckets = Math.min(SPARK_BUCKETS, y.length);
        double[] out = new double[buckets];
        for (int i = 0; i < y.length; i++) {
            int b = (int) ((long) i * buckets / y.length);
            if (!Double.isNaN(y[i])) {
                out[b] += y[i];
            }
        }
        return out;
    }

    private void showSelected(ProductRow row) {
        SalesSeries s = row == null || panel == null ? null : panel.series(row.id()).orElse(null);
        if (s == null) {
            salesChart.set(ChartData.empty());
            covariateChart.set(null);
            summary.set("");
            return;
        }
        salesChart.set(HistoryCharts.sales(panel, s, HistoryCharts.ACTUAL));
        covariateChart.set(HistoryCharts.covariates(panel, s));
        summary.set(describe(s));
    }

    private String describe(SalesSeries s) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        int zeros = 0;
        int missing = 0;
        for (double v : s.y()) {
            if (Double.isNaN(v)) {
                missing++;
            } else if (v == 0) {
                zeros++;
            }
        }
        int known = s.length() - missing;
        double total = sum(s.y());
        String unit = Formats.periodUnit(panel.frequency());
        return s.length() + " " + unit + "s from " + s.start() + " to " + s.end(panel.frequency())
                + " · total " + nf.format(total) + " units · mean " + nf.format(known == 0 ? 0 : total / known)
                + " per " + unit + " · " + Math.round(100.0 * zeros / Math.max(1, known)) + "% zero"
                + (missing > 0 ? " · " + missing + " missing" : "");
    }
}
