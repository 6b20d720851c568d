package io.salescast.report;

import io.salescast.report.ExplanationResults.FeatureImportance;
import io.salescast.report.ExplanationResults.SeriesExplanation;
import io.salescast.series.Columns;
import io.salescast.series.Frequency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explanation exports: per forecast period the additive contributions
 * ({@code unique_id,ds,base,<feature>...}; base plus contributions equals the forecast), and the
 * global importance ({@code feature,family,importance,share}).
 */
public final class ExplanationCsv {

    private ExplanationCsv() {
    }

    /** Writes the per-period contributions to {@code target}. */
    public static void writeContributions(ExplanationResults ex, Frequency frequency, Path target) {
        Map<String, Integer> features = new LinkedHashMap<>();
        for (SeriesExplanation s : ex.perSeries()) {
            s.features().forEach(f -> features.putIfAbsent(f, features.size()));
        }
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS, "base"));
        header.addAll(features.keySet());
        CsvExport.write(target, header, out -> {
            double[] row = new double[features.size()];
            for (SeriesExplanation s : ex.perSeries()) {
                for (int t = 0; t < s.periods(); t++) {
                    java.util.Arrays.fill(row, Double.NaN);
                    for (int f = 0; f < s.features().size(); f++) {
                        row[features.get(s.features().get(f))] = s.contributions()[t][f];
                    }
                    out.text(s.id()).date(frequency.step(s.start(), t)).number(s.base()[t]);
                    for (double v : row) {
                        out.number(v);
                    }
                    out.end();
                }
            }
        });
    }

    /** Writes the global importance, largest first. */
    public static void writeImportance(ExplanationResults ex, Path target) {
        double total = ex.global().stream().mapToDouble(FeatureImportance::importance).sum();
        CsvExport.write(target, List.of("feature", "family", "importance", "share"), out -> {
            for (FeatureImportance f : ex.global().stream()
                    .sorted(java.util.Comparator.comparingDouble(FeatureImportance::importance).reversed()).toList()) {
                out.text(f.feature()).text(f.family()).number(f.importance()).number(total > 0 ? f.importance() / total : Double.NaN);
                out.end();
            }
        });
    }
}
