package io.salescast.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Run-level facts for the Summary sheet.
 *
 * @param title       report title (project name)
 * @param dataSource  the imported file as the user knows it
 * @param generatedAt when the report was made
 * @param horizon     forecast horizon in periods
 * @param models      model aliases in run order (baselines included)
 * @param settings    key settings (frequency, features, interval levels...) in display order
 * @param provenance  run provenance as label/value pairs (input hash, seeds, versions, device, timings)
 */
public record ReportSummary(String title, String dataSource, Instant generatedAt, int horizon,
                            List<String> models, Map<String, String> settings, Map<String, String> provenance) {

    /** Validates and copies. */
    public ReportSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        dataSource = dataSource == null ? "" : dataSource;
        models = List.copyOf(models);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }
}
