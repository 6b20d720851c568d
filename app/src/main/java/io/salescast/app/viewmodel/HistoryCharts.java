package io.salescast.app.viewmodel;

import io.salescast.app.chart.ChartData;
import io.salescast.app.chart.ChartSeries;
import io.salescast.app.chart.ChartSpan;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import java.util.ArrayList;
import java.util.List;

/** Builds chart data for a product's history with its covariates marked. */
public final class HistoryCharts {

    /** Palette index of actual sales. */
    public static final int ACTUAL = 0;
    /** Palette index of actual sales behind forecasts (a neutral grey). */
    public static final int ACTUAL_MUTED = 7;
    /** Palette index of promotions. */
    public static final int PROMO = 4;
    /** Palette index of stock-outs. */
    public static final int STOCKOUT = 1;
    /** Palette index of prices. */
    public static final int PRICE = 2;

    private HistoryCharts() {
    }

    /** Epoch day of every period of {@code s}. */
    public static double[] epochDays(SalesSeries s, Frequency f) {
        double[] x = new double[s.length()];
        if (f == Frequency.DAILY) {
            long d0 = s.start().toEpochDay();
            for (int i = 0; i < x.length; i++) {
                x[i] = d0 + i;
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                x[i] = s.date(f, i).toEpochDay();
            }
        }
        return x;
    }

    /**
     * Sales of {@code s} as a line, promotions as shaded stretches and stock-outs as markers on
     * the sales line.
     *
     * @param salesColor palette index for the sales line
     */
    public static ChartData sales(SalesPanel panel, SalesSeries s, int salesColor) {
        Frequency f = panel.frequency();
        double[] x = epochDays(s, f);
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries("Units sold", x, s.y(), ChartSeries.Style.LINE, salesColor, false));
        List<ChartSpan> spans = new ArrayList<>();
        List<String> covs = panel.covariateNames();
        double step = x.length > 1 ? x[1] - x[0] : 1;
        boolean hasFlag = covs.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("promo"));
        for (int c = 0; c < covs.size(); c++) {
            CovariateRoles.Role role = CovariateRoles.of(covs.get(c));
            double[] v = s.covariates()[c];
            boolean flagColumn = covs.get(c).toLowerCase(java.util.Locale.ROOT).contains("promo");
            if (role == CovariateRoles.Role.PROMOTION && (flagColumn || !hasFlag)) {
                spans.addAll(spans(covs.get(c), x, v, role, step));
            } else if (role == CovariateRoles.Role.STOCKOUT || role == CovariateRoles.Role.IN_STOCK) {
                double[] my = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    my[i] = CovariateRoles.flagged(role, v[i]) ? s.y()[i] : Double.NaN;
                }
                series.add(new ChartSeries("Out of stock", x, my, ChartSeries.Style.MARKERS, STOCKOUT, false));
            }
        }
        return new ChartData(series, List.of(), spans, ChartData.XKind.EPOCH_DAY, "units");
    }

    /** Shaded stretches where a flag covariate is on, merged over consecutive periods. */
    static List<ChartSpan> spans(String name, double[] x, double[] v, CovariateRoles.Role role, double step) {
        List<ChartSpan> out = new ArrayList<>();
        String label = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' ');
        int i = 0;
        while (i < x.length) {
            if (!CovariateRoles.flagged(role, v[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < x.length && CovariateRoles.flagged(role, v[j + 1])) {
                j++;
            }
            out.add(new ChartSpan(label, x[i] - step / 2, x[j] + step / 2, PROMO));
            i = j + 1;
        }
        return out;
    }

    /** The price covariates (and other numeric covariates) of {@code s} as lines, or null if none. */
    public static ChartData covariates(SalesPanel panel, SalesSeries s) {
        double[] x = epochDays(s, panel.frequency());
        List<ChartSeries> lines = new ArrayList<>();
        int color = PRICE;
        for (int c = 0; c < panel.covariateNames().size(); c++) {
            CovariateRoles.Role role = CovariateRoles.of(panel.covariateNames().get(c));
            if (role == CovariateRoles.Role.PRICE || role == CovariateRoles.Role.OTHER) {
                lines.add(new ChartSeries(panel.covariateNames().get(c), x, s.covariates()[c], ChartSeries.Style.LINE, color++, false));
            }
        }
        return lines.isEmpty() ? null : new ChartData(lines, List.of(), List.of(), ChartData.XKind.EPOCH_DAY, "");
    }
}
