package io.salescast.report;

import java.util.Objects;

/**
 * Choices the user makes about the workbook.
 *
 * @param charts            which products get a chart
 * @param categoryAttribute static attribute whose values get a total chart each ("category"), or
 *                          null for none
 * @param historyPeriods    periods of history drawn before the forecast; 0 = automatic (three
 *                          horizons, at least two seasons)
 * @param driversPerProduct how many top drivers the per-product explanation lists
 * @param wideView          whether to add the products x periods sheet for the chosen model
 */
public record ReportOptions(ChartSelection charts, String categoryAttribute, int historyPeriods,
                            int driversPerProduct, boolean wideView) {

    /** Most category total charts drawn (categories beyond are listed in the data only). */
    public static final int MAX_CATEGORY_CHARTS = 50;

    /** Validates. */
    public ReportOptions {
        Objects.requireNonNull(charts, "charts");
        if (historyPeriods < 0 || driversPerProduct < 1) {
            throw new IllegalArgumentException("historyPeriods must be >= 0 and driversPerProduct >= 1");
        }
    }

    /** Top 20 products by volume, category totals by "category", automatic history, 3 drivers. */
    public static ReportOptions defaults() {
        return new ReportOptions(ChartSelection.topByVolume(20), "category", 0, 3, true);
    }

    /** A copy with another chart selection. */
    public ReportOptions withCharts(ChartSelection selection) {
        return new ReportOptions(selection, categoryAttribute, historyPeriods, driversPerProduct, wideView);
    }

    /** A copy with another category attribute (null for none). */
    public ReportOptions withCategoryAttribute(String attribute) {
        return new ReportOptions(charts, attribute, historyPeriods, driversPerProduct, wideView);
    }
}
