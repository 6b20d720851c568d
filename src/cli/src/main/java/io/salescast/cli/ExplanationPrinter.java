package io.salescast.cli;

import io.salescast.explain.FeatureContribution;
import io.salescast.explain.GlobalImportance;
import io.salescast.explain.PeriodExplanation;
import io.salescast.explain.PointExplanation;
import io.salescast.features.FeatureFamily;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints explanations as readable tables: one forecast point or a period as a waterfall by
 * family with the features underneath, and global importance by family and feature.
 */
final class ExplanationPrinter {

    private static final String ROW = "  %-52s %12s %12s%n";

    private final PrintWriter out;
    private final int topPerFamily;

    ExplanationPrinter(PrintWriter out, int topPerFamily) {
        this.out = out;
        this.topPerFamily = Math.max(1, topPerFamily);
    }

    /** One forecast point. */
    void point(PointExplanation p) {
        out.printf(Locale.ROOT, "%s forecast for %s on %s (step %d): %s units%n", p.model(), p.uniqueId(), p.ds(),
                p.step(), num(p.prediction()));
        method(p.method().label(), p.fidelity());
        table(p.base(), p.prediction(), p.contributions(), "the model's typical forecast");
    }

    /** A period (sum over forecast points). */
    void period(PeriodExplanation p) {
        out.printf(Locale.ROOT, "%s forecast for %s, %s to %s (%d periods): %s units in total%n", p.model(),
                p.uniqueId(), p.from(), p.to(), p.points(), num(p.prediction()));
        method(p.method().label(), p.fidelity());
        table(p.base(), p.prediction(), p.contributions(), "the model's typical forecast x " + p.points());
    }

    private void method(String label, double fidelity) {
        out.printf(Locale.ROOT, "Method: %s%s%n%n", label,
                fidelity < 1 ? String.format(Locale.ROOT, ", fidelity R² %.2f", fidelity) : "");
    }

    private void table(double base, double prediction, List<FeatureContribution> contributions, String baseMeaning) {
        out.printf(Locale.ROOT, ROW, "", "value", "contribution");
        out.printf(Locale.ROOT, ROW, "Base (" + baseMeaning + ")", "", num(base));
        Map<FeatureFamily, Double> families = familyTotals(contributions);
        boolean forecastInputs = false;
        List<Map.Entry<FeatureFamily, Double>> order = new ArrayList<>(families.entrySet());
        order.sort(Comparator.comparingDouble(e -> -Math.abs(e.getValue())));
        for (Map.Entry<FeatureFamily, Double> fam : order) {
            out.printf(Locale.ROOT, ROW, fam.getKey().label(), "", signed(fam.getValue()));
            List<FeatureContribution> members = new ArrayList<>(contributions.stream()
                    .filter(c -> c.family() == fam.getKey()).toList());
            members.sort(Comparator.comparingDouble(c -> -Math.abs(c.contribution())));
            double rest = 0;
            for (int i = 0; i < members.size(); i++) {
                FeatureContribution c = members.get(i);
                if (i < topPerFamily) {
                    forecastInputs |= c.forecastInput();
                    String label = "  " + c.label() + (c.forecastInput() ? " *" : "");
                    out.printf(Locale.ROOT, ROW, clip(label), Double.isNaN(c.value()) ? "" : num(c.value()),
                            signed(c.contribution()));
                } else {
                    rest += c.contribution();
                }
            }
            if (members.size() > topPerFamily) {
                out.printf(Locale.ROOT, ROW, "  " + (members.size() - topPerFamily) + " more", "", signed(rest));
            }
        }
        out.printf(Locale.ROOT, ROW, "= Forecast", "", num(prediction));
        if (forecastInputs) {
            out.printf("%n  * reads sales inside the forecast horizon, i.e. earlier forecasts of this model%n");
        }
        out.println();
    }

    /** Global importance by family, then the top features. */
    void importance(GlobalImportance g, int topFeatures) {
        out.printf(Locale.ROOT, "What drives %s (%s) - %s%n", g.model(), g.scope().describe(), g.method().label());
        out.printf(Locale.ROOT, "%s, over %,d points%n%n", g.measure(), g.points());
        out.printf(Locale.ROOT, ROW, "Family", "importance", "spread");
        for (GlobalImportance.FamilyImportance f : g.families()) {
            out.printf(Locale.ROOT, ROW, f.family().label(), num(f.importance()), "± " + num(f.spread()));
        }
        out.println();
        out.printf(Locale.ROOT, ROW, "Feature (family)", "importance", "spread");
        for (GlobalImportance.FeatureImportance f : g.features().subList(0, Math.min(topFeatures, g.features().size()))) {
            out.printf(Locale.ROOT, ROW, clip(f.label() + " (" + f.family().label().toLowerCase(Locale.ROOT) + ")"),
                    num(f.importance()), "± " + num(f.spread()));
        }
        out.println();
    }

    private static Map<FeatureFamily, Double> familyTotals(List<FeatureContribution> cs) {
        Map<FeatureFamily, Double> m = new java.util.EnumMap<>(FeatureFamily.class);
        for (FeatureContribution c : cs) {
            m.merge(c.family(), c.contribution(), Double::sum);
        }
        return m;
    }

    private static String clip(String s) {
        return s.length() <= 52 ? s : s.substring(0, 51) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + num(v);
    }
}
