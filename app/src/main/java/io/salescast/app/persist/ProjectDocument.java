package io.salescast.app.persist;

import io.salescast.features.FeatureSpec;
import io.salescast.series.ColumnMapping;
import java.util.List;

/**
 * The settings part of a project file, written as JSON.
 *
 * @param formatVersion version of this layout ({@link #VERSION})
 * @param name          project name
 * @param source        the spreadsheet the data came from, "sample" for the sample store, or null
 * @param sheet         the sheet read, or null
 * @param mapping       the column mapping used, or null
 * @param frequency     frequency of the data (DAILY, WEEKLY, MONTHLY)
 * @param horizon       forecast horizon
 * @param features      feature settings
 * @param models        model specs in command-line form ({@code xgboost:trees=150})
 * @param windows       backtest windows
 * @param levels        interval levels
 * @param selectBy      metric picking the recommendation
 * @param seed          seed of the run
 * @param trained       whether the project had results when saved (they are recomputed on open)
 */
public record ProjectDocument(int formatVersion, String name, String source, String sheet, ColumnMapping mapping,
                              String frequency, int horizon, FeatureSpec features, List<String> models, int windows,
                              List<Integer> levels, String selectBy, long seed, boolean trained) {

    /** Current format version. */
    public static final int VERSION = 1;

    public ProjectDocument {
        models = models == null ? List.of() : List.copyOf(models);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
