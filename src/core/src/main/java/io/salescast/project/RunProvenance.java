package io.salescast.project;

import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a result came from: the input file and its hash, the mapping and settings, the seed,
 * the library versions, Tribuo's own provenance of each trained model, the device and the timings.
 * Saved as {@code provenance.json} beside the results.
 *
 * @param salescastVersion version of Salescast that ran
 * @param started          start of the run
 * @param finished         end of the run
 * @param inputFile        the data file as given
 * @param inputSha256      SHA-256 of the data file's bytes (hex)
 * @param inputBytes       size of the data file
 * @param mapping          column mapping used
 * @param frequency        frequency of the series
 * @param series           number of series
 * @param rows             number of (series, period) rows
 * @param features         feature spec
 * @param models           model specs
 * @param horizon          forecast horizon
 * @param levels           interval levels
 * @param windows          backtest windows
 * @param seed             seed
 * @param threads          thread budget
 * @param device           device used
 * @param libraries        library name to version (Java, Tribuo, xgboost4j...)
 * @param modelProvenance  model alias (and block) to Tribuo's provenance of the trained model
 * @param recommended      the model or blend copied to the column auto, with the reason
 * @param timingsMillis    wall time per stage
 * @param os               operating system and architecture
 * @param processors       available processors
 * @param attributesFile   the separate file product attributes were joined from, or null (none, or
 *                         another sheet of the data workbook, which {@code inputSha256} covers)
 * @param attributesSha256 SHA-256 of that file's bytes (hex), or null
 */
public record RunProvenance(String salescastVersion, Instant started, Instant finished, String inputFile, String inputSha256,
                            long inputBytes, ColumnMapping mapping, Frequency frequency, int series, long rows,
                            FeatureSpec features, List<ModelSpec> models, int horizon, List<Integer> levels, int windows,
                            long seed, int threads, Device device, Map<String, String> libraries,
                            Map<String, String> modelProvenance, String recommended, Map<String, Long> timingsMillis,
                            String os, int processors, String attributesFile, String attributesSha256) {

    /** Copies the collections. */
    public RunProvenance {
        models = models == null ? List.of() : List.copyOf(models);
        levels = levels == null ? List.of() : List.copyOf(levels);
        libraries = Collections.unmodifiableMap(new LinkedHashMap<>(libraries == null ? Map.of() : libraries));
        modelProvenance = Collections.unmodifiableMap(new LinkedHashMap<>(modelProvenance == null ? Map.of() : modelProvenance));
        timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis == null ? Map.of() : timingsMillis));
    }
}
